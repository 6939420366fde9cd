/** Every area's API operations, imported so the OpenAPI document lists them all. */
import './account.ts';
import './peer-ledger.ts';
import './peer-network.ts';
import './peer-offers.ts';
import './peer-network-reads.ts';
import './intake.ts';
import './people.ts';
import './events.ts';
import './programmes.ts';
import './matching.ts';
import './acceleration-day.ts';
import './import.ts';
import './cohorts.ts';
import './programme-reports.ts';
import './cohort-survey.ts';
