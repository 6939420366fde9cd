/** Every `sif` command, in the order `sif --help` lists them. One line per command file. */
import type { CliCommand } from '../framework.ts';
import { serve, start } from './serve.ts';
import { dbMigrate } from './db.ts';
import { userCreate } from './user.ts';
import { tokenCreate } from './token.ts';
import { backup, restore } from './backup.ts';
import { matchEvaluateCommand, matchBenchCommand } from './match.ts';
import { matchSuggestCommand, matchGapsCommand, matchRecordedCommand } from './match-db.ts';
import { ledgerVerify, ledgerExport } from './ledger.ts';
import { timetableSolve, timetableBench } from './timetable.ts';
import { adSolve, adPublish, adOutcomeSurvey } from './acceleration-day.ts';
import { importPeopleCommand, exportPeopleCommand } from './people-io.ts';
import { eventsLoadtest } from './events.ts';
import { programmesRanking } from './programmes.ts';
import { programmesReport } from './programmes-report.ts';
import { programmesInviteReviewer } from './programmes-jury.ts';
import { cohortsList, cohortsAttendance } from './cohorts.ts';
import { cohortsAdmit } from './cohorts-admit.ts';
import { cohortsSurvey } from './cohorts-survey.ts';
import { demo } from './demo.ts';
import { benchImport } from './bench-import.ts';
import { benchPeople } from './bench-people.ts';
import { jobsRun } from './jobs.ts';

export const commands: CliCommand[] = [
	start,
	serve,
	dbMigrate,
	userCreate,
	tokenCreate,
	backup,
	restore,
	matchEvaluateCommand,
	matchBenchCommand,
	matchSuggestCommand, matchGapsCommand, matchRecordedCommand,
	ledgerVerify,
	ledgerExport,
	timetableSolve,
	timetableBench,
	adSolve, adPublish, adOutcomeSurvey,
	importPeopleCommand,
	exportPeopleCommand,
	demo,
	benchImport,
	benchPeople,
	eventsLoadtest,
	programmesRanking,
	programmesReport,
	programmesInviteReviewer,
	cohortsList, cohortsAttendance,
	cohortsAdmit,
	cohortsSurvey,
	jobsRun
];
