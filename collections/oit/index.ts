import { Activities } from './Activities'
import { EServices } from './EServices'
import { Executives } from './Executives'
import { IntegrityMeasures } from './IntegrityMeasures'
import { Laws } from './Laws'
import { Manuals } from './Manuals'
import { News } from './News'
import { Plans } from './Plans'
import { Policies } from './Policies'
import { ProcurementAnnouncements } from './ProcurementAnnouncements'
import { ProcurementMonthlySummaries } from './ProcurementMonthlySummaries'
import { Reports } from './Reports'
import { RiskAssessments } from './RiskAssessments'
import { Statistics } from './Statistics'

/** The OIT data categories, in the checklist's order of first use. */
export const OIT_COLLECTIONS = [
  Executives,
  Laws,
  News,
  Plans,
  Reports,
  Manuals,
  Statistics,
  EServices,
  ProcurementAnnouncements,
  ProcurementMonthlySummaries,
  Policies,
  Activities,
  RiskAssessments,
  IntegrityMeasures,
]
