import { defineMessages } from '../core.ts';
import { nl } from './reports/nl.ts';
import { fr } from './reports/fr.ts';
import { en } from './reports/en.ts';

/** Messages of the programme, cohort and event reports' shared parts (issue PE, decision 075). */
export const reports = defineMessages({ nl, fr, en });
