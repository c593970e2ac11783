/**
 * 公示 of a consultation's result (结果公示): the topic, the meeting that settled
 * it, the resolution, the period and place, where to raise objections, and the
 * street office's seal line. Written with the disputes' docx parts.
 */
import { formatChineseDate } from '../../disputes/documents/chinese-date';
import { body, labelled, packDocument, sealAndDate, spacer, title } from '../../disputes/documents/docx-parts';

export type ResultNoticeInput = {
  officeName: string;
  placeName: string;
  topicTitle: string;
  meetingTitle: string | null;
  meetingOn: string | null;
  outcome: string | null;
  notice: string;
  from: string;
  until: string;
  place: string;
  issuedOn: string;
};

export function buildResultNotice(input: ResultNoticeInput): Promise<Buffer> {
  const d = (v: string) => formatChineseDate(v);
  const heading = `关于「${input.topicTitle}」协商结果的公示`;
  const meeting = input.meetingTitle && input.meetingOn ? `${d(input.meetingOn)}召开的${input.meetingTitle}` : '协商会议';
  return packDocument({ title: heading, creator: input.officeName }, [
    title(heading),
    ...body(`${input.placeName}居民、业主：\n经${meeting}协商${input.outcome ? `（表决结果：${input.outcome}）` : ''}，现将「${input.topicTitle}」的协商结果公示如下：`),
    spacer(),
    ...body(input.notice),
    spacer(),
    labelled('公示期：', `${d(input.from)}至${d(input.until)}`),
    labelled('公示地点：', input.place),
    ...body('公示期间如有意见或建议，请向社区居委会或街道办事处反映。公示期满后，由责任单位按协商结果跟踪落实。'),
    ...sealAndDate(input.officeName, '盖章', d(input.issuedOn)),
  ]);
}
