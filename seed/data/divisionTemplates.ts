/**
 * The usual divisions of each kind of local government, for a new organisation
 * (`npm run org:create`, src/tenancy/createOrganisation.ts). Codes are those the ITA year
 * files name as items' default divisions where the kind has such a division; an item whose
 * division a kind does not have is reassigned on the divisions afterwards (admin → ส่วนราชการ).
 */
import { DIVISIONS, type DivisionSeed } from './divisions'
import { MUNICIPALITY_DIVISIONS } from './municipality'

const SAO_DIVISIONS: DivisionSeed[] = [
  { code: 'permanent-secretary', nameTh: 'สำนักปลัดองค์การบริหารส่วนตำบล', shortName: 'สำนักปลัดฯ', nameEn: 'Office of the Chief Administrator' },
  { code: 'finance', nameTh: 'กองคลัง', shortName: 'กองคลัง', nameEn: 'Finance Division' },
  { code: 'engineering', nameTh: 'กองช่าง', shortName: 'กองช่าง', nameEn: 'Engineering Division' },
  { code: 'education', nameTh: 'กองการศึกษา ศาสนา และวัฒนธรรม', shortName: 'กองการศึกษาฯ', nameEn: 'Education, Religion and Culture Division' },
]

/** Divisions by the organisation's kind (the profile's `type` values). */
export const DIVISION_TEMPLATES: Record<string, DivisionSeed[]> = {
  pao: DIVISIONS,
  'city-municipality': MUNICIPALITY_DIVISIONS,
  'town-municipality': MUNICIPALITY_DIVISIONS,
  'subdistrict-municipality': MUNICIPALITY_DIVISIONS,
  sao: SAO_DIVISIONS,
}
