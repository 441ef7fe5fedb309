// The record schema's validator, written by the build (scripts/record-validator.mjs): Ajv's standalone
// code for record.schema.json, compiled with { allErrors: true }.
import type { ErrorObject } from 'ajv';

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
export { validate };
