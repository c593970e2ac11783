// Names from published Xianning (咸宁) municipal practice and plausible companions.
export const OFFICE = { name: '温泉街道', divisionCode: '421202001' } as const;
export const OFFICE_CONTACT = { address: '咸宁市咸安区温泉路 86 号', contactPhone: '0715-8123000', committeeName: '温泉街道人民调解委员会' } as const;
export const COMMUNITIES = ['温泉社区', '月亮湾社区', '金桂社区', '双鹤社区', '淦河社区', '青龙社区'];
export const COMPANIES = ['咸宁荣基物业', '咸宁馨福物业', '咸宁伟宁物业', '湖北瑞泰物业', '湖北金玉物业', '武汉百易物业'];
export const NAMED_ESTATES = ['锦湖紫竹苑', '楚湘三元城', '南泰中央华府', '丽景新天地', '尚书名府', '翰林名都', '水岸澜亭'];
export const ESTATE_PREFIXES = ['金桂', '温泉', '月湖', '淦河', '凤凰', '香城', '潜山', '青龙', '十里', '永安', '浮山', '双鹤'];
export const ESTATE_SUFFIXES = ['花园', '新村', '家园', '雅苑', '华庭', '名居'];
export const ROADS = ['温泉路', '金桂路', '银泉大道', '长江大道', '淦河大道', '青龙路', '向阳湖路', '月亮湾路', '贺胜路'];
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
export const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂兰', '建华', '志强', '海燕', '国庆', '红梅'];
