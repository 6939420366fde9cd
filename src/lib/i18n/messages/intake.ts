import { defineMessages } from '../core.ts';
import { nl } from './intake/nl.ts';
import { fr } from './intake/fr.ts';
import { en } from './intake/en.ts';

/** Intake, engagements, the weekly review, introductions and their reports. */
export const intake = defineMessages({ nl, fr, en });
