import { defineMessages } from '../core.ts';
import { nl } from './events/nl.ts';
import { fr } from './events/fr.ts';
import { en } from './events/en.ts';

/** Events: staff pages, the public event page, tickets, check-in, survey and e-mails. */
export const events = defineMessages({ nl, fr, en });
