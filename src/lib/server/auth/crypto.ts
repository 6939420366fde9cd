/** Token and password primitives: random tokens (shown once), their SHA-256 at rest, argon2id. */
import { hash, verify } from '@node-rs/argon2';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 160 bits of randomness, base32: safe in URLs and cookies. */
export function generateToken(prefix = ''): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return prefix + encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** argon2id with the OWASP minimum parameters (19 MiB, 2 iterations). */
export function hashPassword(password: string): Promise<string> {
	return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** A hash to verify against when the account does not exist, so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hashPassword('not-a-real-password-for-timing');
	return dummyHash;
}
