import { z } from 'zod';

/** An ISO 8601 timestamp with an offset (`2025-03-18T10:00:00.000Z`, `2025-03-18T10:00:00+05:30`). */
export const IsoDateSchema = z.iso.datetime({ offset: true });
export type IsoDate = z.infer<typeof IsoDateSchema>;
