import { defineMessages } from '../core.ts';
import { nl } from './people/nl.ts';
import { fr } from './people/fr.ts';
import { en } from './people/en.ts';

/** Messages of the shared directory: people, organisations, taxonomy (issue F2). */
export const people = defineMessages({ nl, fr, en });
