/**
 * Every piece of UI text in Simplified Chinese. Components read from here so a
 * clerk never meets English and a second language needs one more file, not a hunt.
 */
import { committeesZhCN } from './zh-CN.committees';
import { disputesZhCN } from './zh-CN.disputes';
import { filesZhCN } from './zh-CN.files';
import { meetingsZhCN } from './zh-CN.meetings';
import { registryZhCN } from './zh-CN.registry';
import { syncZhCN } from './zh-CN.sync';
// actions (整改清单)
import { actionsZhCN } from './zh-CN.actions';
// --- policy (政策包) ---
import { policyZhCN } from './zh-CN.policy';
// backup (issue 12)
import { backupZhCN } from './zh-CN.backup';
// consult (结果公示, 诉求响应台账)
import { consultZhCN } from './zh-CN.consult';

// Each domain's strings sit under its own key (t.disputes.…, t.registry.…,
// t.sync.…), so two domains may both have `forms` or `list` without colliding.
export const zhCN = {
  disputes: disputesZhCN,
  registry: registryZhCN,
  sync: syncZhCN,
  committees: committeesZhCN,
  // actions (整改清单)
  actions: actionsZhCN,
  // --- policy (政策包) ---
  policy: policyZhCN,
  // meetings (issue 11)
  meetings: meetingsZhCN,
  // consult (结果公示, 诉求响应台账)
  consult: consultZhCN,
  app: {
    title: '街道物业治理台账',
    loading: '正在打开台账…',
    unreachable: '无法连接台账服务。请确认程序仍在运行，然后刷新页面重试。',
    retry: '重试',
  },
  common: {
    add: '新增',
    edit: '编辑',
    delete: '删除',
    save: '保存',
    cancel: '取消',
    close: '关闭',
    saving: '正在保存…',
    loading: '正在加载…',
    search: '搜索',
    searchPlaceholder: '输入关键字筛选',
    actions: '操作',
    updatedAt: '更新时间',
    createdAt: '创建时间',
    none: '—',
    back: '返回',
    reload: '重新加载',
    required: '必填',
    optional: '选填',
    noMatch: '没有符合筛选条件的记录',
    emptyReadOnly: '暂无记录。',
    readOnly: '您的账号只能查看，不能修改登记信息。',
    draftRestored: '已恢复您上次未保存的填写内容。',
    discardDraft: '清空，改用原内容',
    loadLatest: '载入最新内容',
    mergedLatest: '已载入其他人保存的最新内容；您改过的栏目保留了您填写的值，请核对后再保存。',
    recordGone: '该记录已被删除，无法载入最新内容。请关闭后刷新列表。',
    confirmDelete: (what: string, name: string) => `确定要删除${what}「${name}」吗？`,
    deleteNote: '删除后不再出现在列表中；变更记录会保留，便于日后核查。',
    deleting: '正在删除…',
    chartData: '查看数据表',
    chartLabel: (what: string) => `${what}（图表，数字见下方“查看数据表”）`,
  },
  auth: {
    setupTitle: '首次使用向导',
    setupIntro: '欢迎使用街道物业治理台账。请先登记本街道的信息，并创建管理员账号。管理员之后可以为其他工作人员开设账号。',
    officeSection: '街道信息',
    adminSection: '管理员账号',
    officeName: '街道名称',
    officeNameHint: '如：温泉街道',
    divisionCode: '行政区划代码',
    divisionCodeHint: '9 位乡镇街道代码或 12 位统计用区划代码',
    username: '用户名',
    usernameHint: '登录用，小写字母、数字和 . _ -，如 wangli',
    displayName: '姓名',
    password: '密码',
    passwordHint: '至少 8 位',
    confirmPassword: '确认密码',
    passwordMismatch: '两次输入的密码不一致',
    setupSubmit: '完成设置并进入台账',
    signInTitle: '登录',
    signInSubmit: '登录',
    signingIn: '正在登录…',
    signOut: '退出登录',
    role: '角色',
  },
  nav: {
    label: '主导航',
    dashboard: '工作台',
    disputes: '纠纷台账',
    analysis: '每月研判',
    rules: '时限规则',
    committees: '业委会',
    elections: '业委会选举',
    training: '业委会培训',
    committeeRules: '业委会规则',
    // actions (整改清单)
    actions: '整改清单',
    // consult
    requests: '诉求响应台账',
    disputesGroup: '纠纷调解',
    committeesGroup: '业委会监管',
    meetingsGroup: '会议协商',
    registryGroup: '基础信息',
    office: '街道信息',
    communities: '社区',
    estates: '小区',
    companies: '物业服务企业',
    staff: '工作人员',
    operators: '操作员',
    cityGroup: '市级上报',
    sync: '同步',
    // --- policy (政策包) ---
    policy: '政策包',
    // documents — begin
    documents: '已生成文书',
    // documents — end
    // meetings (issue 11)
    meetings: '会议',
    meetingPeriods: '会议周期',
    topics: '议题征集',
    meetingKinds: '会议类型',
  },
  operators: {
    title: '操作员',
    what: '操作员账号',
    addTitle: '新增操作员',
    resetTitle: '重置密码',
    resetFor: (name: string) => `为「${name}」设置新密码。对方下次登录时使用新密码。`,
    username: '用户名',
    displayName: '姓名',
    role: '角色',
    chooseRole: '请选择角色',
    password: '初始密码',
    newPassword: '新密码',
    confirmPassword: '确认密码',
    resetPassword: '重置密码',
    disable: '停用',
    confirmDisable: (name: string) => `确定要停用操作员「${name}」吗？`,
    disableNote: '停用后该账号不能再登录；账号记录会保留，便于核查。',
    self: '（当前登录）',
    empty: '还没有其他操作员，点击「新增」为工作人员开设账号。',
    adminOnly: '只有管理员可以管理操作员账号。',
    staff: '对应工作人员',
    noStaff: '不对应具体工作人员',
    staffHint: '选定后，这个账号登录时，工作台的「我的案件」列出分派给该工作人员的案件。管理员账号和多人共用的账号不用选。',
    staffOption: (name: string, role: string) => `${name}（${role}）`,
    linkStaff: '对应工作人员',
    linkTitle: '设置对应的工作人员',
    linkFor: (name: string) => `账号「${name}」代表哪位工作人员？一位工作人员只能对应一个账号。`,
  },
  // files — begin
  files: filesZhCN,
  // files — end
  // backup (issue 12)
  backup: backupZhCN,
};

export type Strings = typeof zhCN;
