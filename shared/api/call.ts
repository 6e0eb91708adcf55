// The builder every contract file uses for a call's input and output (a mutation's answer is `withHistory`, in rows.ts).
import type { z } from 'zod';

export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
