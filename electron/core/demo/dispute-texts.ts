import type { DisputeCategory } from '#shared/domain/disputes/disputes.schema';

/** Description templates per category; {b} building, {f} floor, {n} a number, {m} months. */
export const TEMPLATES: Record<DisputeCategory, readonly string[]> = {
  'property-fee': ['{b}栋业主以服务不到位为由拒缴物业费{m}个月，物业公司催缴未果', '业主对物业费收缴标准有异议，要求公示收支明细', '物业公司上门催缴物业费时与业主发生争执'],
  repairs: ['{b}栋{f}楼屋顶漏水多次报修未处理，墙体发霉', '小区电梯频繁故障，维修不及时，老人出行困难', '{b}栋单元门禁损坏{m}个月未修复', '地下管网堵塞污水外溢，物业维修迟缓'],
  parking: ['地下车库停车位被长期占用，业主与物业发生争执', '小区停车收费标准调整未经业主大会同意', '消防通道被私家车停车占用，多次劝离无效'],
  'noise-neighbours': ['{b}栋{f}楼住户夜间装修噪音扰民', '楼上住户长期噪音扰民，邻里多次协商未果', '广场舞音响噪音影响居民休息'],
  'public-revenue': ['业主要求公示小区广告位等公共收益分配情况', '电梯广告公共收益去向不明，业主质疑物业截留'],
  'fee-adjustment': ['物业公司拟将物业费上调{n}%，业主不同意', '物业费调整方案未经业主大会表决'],
  renovation: ['老旧小区公共设施改造方案存在分歧', '小区外墙改造施工影响采光，业主要求停工'],
  'illegal-construction': ['{b}栋顶楼业主违法搭建阳光房，影响邻居采光', '一楼住户私自扩建院落占用公共绿地'],
  'fire-hazard': ['楼道堆放杂物、电动车违规充电存在消防隐患', '消防设施损坏无人维修，存在安全隐患'],
  'street-occupation': ['小区门口占道经营影响通行', '商户占用人行道摆摊，居民出行不便'],
  'maintenance-fund': ['专项维修资金使用程序不规范，业主要求说明', '电梯更换拟动用专项维修资金{n}万元，部分业主反对'],
  greening: ['小区绿化被毁改种蔬菜，业主要求恢复', '物业擅自砍伐小区树木，业主不满'],
  sanitation: ['垃圾清运不及时，环境卫生差', '{b}栋化粪池外溢，环境卫生差'],
  other: ['业主对物业服务合同续签有异议', '业委会换届选举程序引发争议'],
};

export const CATEGORY_WEIGHTS: readonly [DisputeCategory, number][] = [
  ['property-fee', 32], ['repairs', 28], ['parking', 8], ['noise-neighbours', 7], ['public-revenue', 3], ['fee-adjustment', 3],
  ['renovation', 3], ['illegal-construction', 3], ['fire-hazard', 3], ['street-occupation', 2], ['maintenance-fund', 2],
  ['greening', 2], ['sanitation', 3], ['other', 1],
];

export const PLACES = ['街道调解室', '社区居委会会议室', '小区物业服务中心', '综治中心调解室'];
