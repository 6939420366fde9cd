import { describe, expect, it } from 'vitest';
import { personVisibility, visiblePerson, type VisibilityFacts } from './visibility.ts';

const person = { id: '1', displayName: 'Ines', email: 'i@x.be', phone: '1', staffNotes: 'note', bio: 'bio', photo: 'https://p', roles: ['innovator'], timeline: [] };
const facts = (over: Partial<VisibilityFacts>): VisibilityFacts => ({ viewer: 'chancegiver', roles: ['innovator'], consents: {}, erased: false, ...over });

describe('who sees what of a person', () => {
	it('staff see everything', () => expect(visiblePerson(person, facts({ viewer: 'staff' }))).toEqual(person));
	it('a person sees their own record without staff notes', () => {
		const view = visiblePerson(person, facts({ viewer: 'self' }))!;
		expect(view.email).toBe('i@x.be');
		expect(view).not.toHaveProperty('staffNotes');
	});
	it('a chancegiver sees nothing of an innovator without consent, then the public fields only', () => {
		expect(visiblePerson(person, facts({}))).toBeNull();
		const view = visiblePerson(person, facts({ consents: { profile_visible: true } }))!;
		expect(Object.keys(view).sort()).toEqual(['bio', 'displayName', 'id', 'roles']);
		expect(visiblePerson(person, facts({ consents: { profile_visible: true, photo_use: true } }))!.photo).toBe('https://p');
	});
	it('a chancegiver never sees a non-innovator, an innovator or member never sees others', () => {
		expect(personVisibility(facts({ roles: ['chancegiver'], consents: { profile_visible: true } }))).toBe('none');
		expect(personVisibility(facts({ viewer: 'other', consents: { profile_visible: true } }))).toBe('none');
	});
	it('an erased person is visible to staff only', () => {
		expect(personVisibility(facts({ viewer: 'self', erased: true }))).toBe('none');
		expect(personVisibility(facts({ viewer: 'staff', erased: true }))).toBe('full');
	});
});
