import { zhCN, type Strings } from './zh-CN';

/** The strings of the UI language. Only Simplified Chinese for now. */
export const t: Strings = zhCN;
