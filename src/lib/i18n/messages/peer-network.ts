import { defineMessages } from '../core.ts';

/** Peer-learning network: requests, planning, sessions, e-mails and validation messages. */
export const peerNetwork = defineMessages({
	nl: {
		navPeerNetwork: 'Lerend netwerk',
		notYourself: 'Je kunt geen sessie bij jezelf aanvragen.',
		unknownPeer: 'Deze persoon bestaat niet (meer).',
		invalidDate: 'Geef een geldige datum en tijd.',
		categoryRequired: 'Kies een vaardigheid.',
		slotRequired: 'Stel minstens één moment voor.',
		ratingRange: 'Geef een score van 1 tot 5.',
		capacityRange: 'Geef een aantal tussen 1 en 50.',
		floorReachedSelf:
			'Je saldo is {available} punten; een sessie kost {cost} en de ondergrens is {floor}. Geef eerst zelf een sessie (+{earn} punten).',
		floorReachedOther:
			'{name} heeft {available} punten; een sessie kost {cost} en de ondergrens is {floor}. {name} moet eerst zelf een sessie geven.',
		icsSummary: 'Lerend netwerk: {skill} met {other}',
		mailAskedSubject: 'Vraag om een sessie te geven',
		mailAskedBody:
			'Dag {name},\n\n{receiver} vraagt je om een sessie te geven:\n\n{question}\n\nAanvaard of weiger de vraag in sif.',
		mailAcceptedSubject: 'Je vraag werd aanvaard',
		mailAcceptedBody: 'Dag {name},\n\n{giver} aanvaardt je vraag en stelt deze momenten voor: {dates}.\nKies er één in sif.',
		mailDeclinedSubject: 'Je vraag werd geweigerd',
		mailDeclinedBody: 'Dag {name},\n\nJe vraag om een sessie werd geweigerd. Het team van de Factory zoekt met je mee.',
		mailPlannedSubject: 'Sessie gepland met {other}',
		mailPlannedBody: 'Dag {name},\n\nJe sessie met {other} is gepland op {when}. De uitnodiging zit in bijlage.'
	},
	fr: {
		navPeerNetwork: 'Réseau apprenant',
		notYourself: 'Vous ne pouvez pas vous demander une session à vous-même.',
		unknownPeer: "Cette personne n'existe pas (ou plus).",
		invalidDate: 'Indiquez une date et une heure valides.',
		categoryRequired: 'Choisissez une compétence.',
		slotRequired: 'Proposez au moins un moment.',
		ratingRange: 'Donnez une note de 1 à 5.',
		capacityRange: 'Indiquez un nombre entre 1 et 50.',
		floorReachedSelf:
			"Votre solde est de {available} points ; une session coûte {cost} et le plancher est {floor}. Donnez d'abord vous-même une session (+{earn} points).",
		floorReachedOther:
			"{name} a {available} points ; une session coûte {cost} et le plancher est {floor}. {name} doit d'abord donner une session.",
		icsSummary: 'Réseau apprenant : {skill} avec {other}',
		mailAskedSubject: 'Demande pour donner une session',
		mailAskedBody:
			'Bonjour {name},\n\n{receiver} vous demande de donner une session :\n\n{question}\n\nAcceptez ou refusez la demande dans sif.',
		mailAcceptedSubject: 'Votre demande a été acceptée',
		mailAcceptedBody: 'Bonjour {name},\n\n{giver} accepte votre demande et propose ces moments : {dates}.\nChoisissez-en un dans sif.',
		mailDeclinedSubject: 'Votre demande a été refusée',
		mailDeclinedBody: "Bonjour {name},\n\nVotre demande de session a été refusée. L'équipe de la Factory cherche avec vous.",
		mailPlannedSubject: 'Session planifiée avec {other}',
		mailPlannedBody: 'Bonjour {name},\n\nVotre session avec {other} est planifiée le {when}. L’invitation est en pièce jointe.'
	},
	en: {
		navPeerNetwork: 'Peer network',
		notYourself: 'You cannot ask yourself for a session.',
		unknownPeer: 'This person does not exist (any more).',
		invalidDate: 'Enter a valid date and time.',
		categoryRequired: 'Choose a skill.',
		slotRequired: 'Propose at least one moment.',
		ratingRange: 'Give a score from 1 to 5.',
		capacityRange: 'Enter a number between 1 and 50.',
		floorReachedSelf:
			'Your balance is {available} points; a session costs {cost} and the floor is {floor}. Give a session yourself first (+{earn} points).',
		floorReachedOther:
			'{name} has {available} points; a session costs {cost} and the floor is {floor}. {name} must give a session first.',
		icsSummary: 'Peer network: {skill} with {other}',
		mailAskedSubject: 'Request to give a session',
		mailAskedBody:
			'Hello {name},\n\n{receiver} asks you to give a session:\n\n{question}\n\nAccept or decline the request in sif.',
		mailAcceptedSubject: 'Your request was accepted',
		mailAcceptedBody: 'Hello {name},\n\n{giver} accepts your request and proposes these moments: {dates}.\nPick one in sif.',
		mailDeclinedSubject: 'Your request was declined',
		mailDeclinedBody: "Hello {name},\n\nYour session request was declined. The Factory's team will look for another peer with you.",
		mailPlannedSubject: 'Session planned with {other}',
		mailPlannedBody: 'Hello {name},\n\nYour session with {other} is planned on {when}. The invitation is attached.'
	}
});
