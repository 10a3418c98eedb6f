/** The `saksi` command line: one file per command under commands/ (program.ts lists them). */
import { saksiProgram } from './program.js';

await saksiProgram().parseAsync(process.argv);
