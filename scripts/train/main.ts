// Entry point of `npm run train:planner`; see trainPlannerCommand.ts.
import { trainPlannerCommand } from "./trainPlannerCommand.js";

process.exitCode = await trainPlannerCommand(process.argv.slice(2));
