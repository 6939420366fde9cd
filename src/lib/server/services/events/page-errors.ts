/** Pages: an AppError from a read (unknown id, …) becomes the error page with its status. */
export { pageError } from '../../page-errors.ts';
