"""The sample tables of ``workbench demo``: drafting units, counsel, titles, opinion texts.

Invented in the style of a provincial science-and-technology department's legal-affairs
division; kept apart from the generator in :mod:`workbench.services.demo`.
"""

from __future__ import annotations

from workbench.domain.kinds import Kind
from workbench.domain.opinions import Conclusion

KIND_WEIGHTS = {
    Kind.PROJECT_CONTRACT: 30,
    Kind.SERVICE_CONTRACT: 20,
    Kind.NORMATIVE: 18,
    Kind.COOPERATION_AGREEMENT: 12,
    Kind.OTHER_CONTRACT: 8,
    Kind.LEGAL_OPINION: 8,
    Kind.MAJOR_DECISION: 4,
}

UNITS = (
    "办公室",
    "战略规划处",
    "资源配置与管理处",
    "基础研究处",
    "高新技术处",
    "农村科技处",
    "社会发展科技处",
    "成果转化与区域创新处",
    "国际科技合作处",
    "科技人才与科普处",
    "科技监督与诚信建设处",
    "政策法规与制度创新处",
    "省科学技术情报研究所",
    "省科技馆",
)
COUNSEL = ("张明", "李华", "王芳", "赵磊", "刘洋")
COUNTERPARTIES = (
    "东北大学",
    "大连理工大学",
    "中国科学院沈阳自动化研究所",
    "中国科学院大连化学物理研究所",
    "辽宁科技大学",
    "沈阳新松机器人自动化股份有限公司",
    "辽宁省科技咨询服务中心",
    "大连华信计算机技术股份有限公司",
    "沈阳工业大学",
    "辽宁省知识产权运营中心",
    "鞍山钢铁集团有限公司",
    "大连市科技创新服务中心",
)
NORMATIVE_TITLES = (
    "辽宁省科技计划项目管理办法",
    "关于加强基础研究的若干措施",
    "辽宁省科技计划资金绩效评价办法",
    "辽宁省科技人才分类评价实施细则",
    "辽宁省科技伦理审查管理办法（暂行）",
    "辽宁省科技计划项目经费“包干制”实施办法（试行）",
    "辽宁省科技型中小企业评价工作实施细则",
    "辽宁省新型研发机构备案管理办法",
    "辽宁省技术转移示范机构管理办法",
    "辽宁省重点实验室建设与运行管理办法",
    "辽宁省科技企业孵化器认定管理办法",
    "辽宁省科研诚信管理办法（试行）",
    "关于促进科技成果转化的若干措施",
    "辽宁省科学技术奖励办法实施细则",
    "辽宁省高新技术企业认定管理工作指引",
    "辽宁省科技创新券管理办法（暂行）",
)
DECISION_TITLES = (
    "辽宁省科技体制改革三年攻坚实施方案",
    "辽宁省“十四五”科技创新规划调整方案",
    "省实验室体系建设方案",
    "辽宁省科技创新平台布局优化方案",
)
SERVICE_TITLES = (
    "科技计划项目评审服务采购协议",
    "科技型企业研发投入后补助核查服务协议",
    "科技统计调查数据处理服务协议",
    "科技政策宣讲培训服务协议",
    "科技计划项目绩效评价委托协议",
    "科技报告系统运行维护服务协议",
)
PROJECT_TITLES = (
    "重点研发计划项目任务书",
    "应用基础研究计划项目合同",
    "科技重大专项项目任务合同书",
    "揭榜挂帅科技攻关项目合同",
    "自然科学基金计划项目任务书",
    "技术创新引导计划项目合同",
)
COOPERATION_TITLES = (
    "科技合作框架协议",
    "共建产业技术创新中心合作协议",
    "科技成果转化战略合作协议",
    "院地科技合作协议",
)
OTHER_TITLES = ("办公用房租赁合同", "设备采购合同", "软件开发合同", "保密协议")
OPINION_TITLES = (
    "关于科技计划项目违约责任追究的法律意见",
    "关于行政复议申请的法律意见",
    "关于政府信息公开申请答复的法律意见",
    "关于科研经费追回的法律意见",
)
TOPICS = ("人工智能", "新材料", "生物医药", "智能制造", "集成电路", "现代农业", "清洁能源")
OPINION_TEXTS = {
    Conclusion.APPROVE: "经审核，该文件制定主体适格，内容不违反法律法规规定，"
    "程序符合要求，同意印发。",
    Conclusion.APPROVE_WITH_CHANGES: "经审核，建议删除第十二条中“处以罚款”的表述，"
    "规范性文件不得设定行政处罚；第八条“须经批准”的规定缺乏上位法依据，建议修改后印发。",
    Conclusion.REJECT: "经审核，该文件增加了申请人的义务且无法律法规依据，"
    "不同意印发，建议重新研究。",
}
CONTRACT_TEXTS = {
    Conclusion.APPROVE: "经审核，该合同主体适格，条款内容符合法律法规规定，"
    "双方权利义务约定明确，同意签订。",
    Conclusion.APPROVE_WITH_CHANGES: "经审核，建议补充违约责任和争议解决条款，"
    "明确经费拨付条件和验收标准，修改后同意签订。",
    Conclusion.REJECT: "经审核，该合同相对方不具备相应资质，约定的付款方式违反财政资金管理规定，"
    "不同意签订。",
}
BASIS = "《辽宁省行政规范性文件管理办法》第十五条；《中华人民共和国行政处罚法》第十六条"
