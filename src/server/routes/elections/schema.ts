export { Election, ElectionList } from '../../../api/portal/index.js';
