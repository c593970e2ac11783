import { z } from 'zod';

// zod's built-in zh-CN messages for the generic checks (wrong type, too long…);
// our schemas give their own sentences where a clerk needs more guidance.
z.config(z.locales.zhCN());
