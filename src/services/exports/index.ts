export {
  FILE_FORMATS,
  MEDIA_TYPES,
  csvCell,
  tableCsv,
  tableFile,
  tablePdf,
  tableXlsx,
} from './table-files.js';
export type { FileFormat, FileOptions } from './table-files.js';
