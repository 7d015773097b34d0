import type { Access } from 'payload'

import { seesAllDivisions } from './roles'

/** Publishers and administrators: work that belongs to no single division (the organisation profile). */
export const publishersOnly: Access = ({ req }) => seesAllDivisions(req.user)
