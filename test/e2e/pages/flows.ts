import { expect, type Page } from '@playwright/test';
import { ADMIN, AuthPage, type Admin } from './auth.page';
import { ShellPage } from './shell.page';

/** First start: the set-up wizard creates the office and the administrator, who is then signed in. */
export async function setUpLedger(page: Page, admin: Admin = ADMIN): Promise<ShellPage> {
  const auth = new AuthPage(page);
  await auth.expectSetup();
  await auth.fillSetup(admin);
  await auth.submitSetup();
  const shell = new ShellPage(page);
  await shell.expectSignedIn(admin.displayName, '管理员', admin.officeName);
  return shell;
}

/** Adds records through the UI: a community, a company and an estate linking both. */
export async function addSampleRegistry(shell: ShellPage): Promise<void> {
  const communities = await shell.list('社区');
  const community = await communities.add('新增社区');
  await community.fill({ 社区名称: '温泉社区' });
  await community.save();
  await community.expectClosed();

  const companies = await shell.list('物业服务企业');
  const company = await companies.add('新增物业服务企业');
  await company.fill({ 企业名称: '咸宁荣基物业', 统一社会信用代码: '91350100M000100Y43', 联系人: '李强', 联系电话: '0715-8123456' });
  await company.save();
  await company.expectClosed();

  const estates = await shell.list('小区');
  const estate = await estates.add('新增小区');
  await estate.fill({ 小区名称: '锦湖紫竹苑', 地址: '温泉路 18 号', 户数: '1200' });
  await estate.choose('所属社区', '温泉社区');
  await estate.choose('物业服务企业', '咸宁荣基物业');
  await estate.save();
  await estate.expectClosed();
  await expect(estates.row('锦湖紫竹苑')).toBeVisible();
}
