/** Presents the ledger's rule violations as AppErrors (one code → one HTTP status). */
import { PeerLedgerError } from '../../../domain/peer-ledger/errors.ts';
import { AppError } from '../../errors.ts';

/** Runs `work`, turning a PeerLedgerError into the AppError with the same code and details. */
export async function withLedgerErrors<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof PeerLedgerError) {
			throw new AppError(error.code, error.message, error.details);
		}
		throw error;
	}
}
