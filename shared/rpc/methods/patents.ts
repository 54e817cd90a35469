import { z } from 'zod';
import { PatentDetailSchema } from '../../domain/patent';
import { inputs, method } from '../define';

export const patentMethods = {
  'patent.get': method(z.object({ id: inputs.id }).strict(), PatentDetailSchema, 'read'),
} as const;
