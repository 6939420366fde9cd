import { defineMessages } from '../core.ts';

/** Messages of the peer-learning ledger (schemas in ../../schemas/peer-ledger.ts). */
export const peerLedger = defineMessages({
	nl: {
		receiversRequired: 'Een sessie heeft minstens één ontvanger nodig.',
		receiverTwice: 'Een ontvanger staat meer dan één keer in de lijst.',
		giverIsReceiver: 'De gever kan niet ook ontvanger zijn.',
		correctionNotZero: 'Een correctie verschuift minstens één punt.'
	},
	fr: {
		receiversRequired: 'Une session a besoin d’au moins un bénéficiaire.',
		receiverTwice: 'Un bénéficiaire figure plus d’une fois dans la liste.',
		giverIsReceiver: 'La personne qui donne ne peut pas aussi recevoir.',
		correctionNotZero: 'Une correction déplace au moins un point.'
	},
	en: {
		receiversRequired: 'A session needs at least one receiver.',
		receiverTwice: 'A receiver is listed more than once.',
		giverIsReceiver: 'The giver cannot also be a receiver.',
		correctionNotZero: 'A correction moves at least one point.'
	}
});
