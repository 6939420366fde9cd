import { defineMessages } from '../core.ts';
import { nl } from './peer-network/nl.ts';
import { fr } from './peer-network/fr.ts';
import { en } from './peer-network/en.ts';

/** Peer-learning network: requests, planning, sessions, e-mails and validation messages. */
export const peerNetwork = defineMessages({ nl, fr, en });
