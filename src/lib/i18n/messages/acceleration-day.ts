import { defineMessages } from '../core.ts';
import { nl } from './acceleration-day/nl.ts';
import { fr } from './acceleration-day/fr.ts';
import { en } from './acceleration-day/en.ts';

/** Acceleration Days: set-up, registration by personal link, planner, agendas, the day itself, ratings. */
export const accelerationDay = defineMessages({ nl, fr, en });
