# ruff: noqa: E501  (provisions are quoted whole, one to a line)
"""A labelled evaluation set for the review hints, kept apart from the rules' own examples.

Provisions are written in the style of Liaoning and national 管理办法 / 实施细则 (and of the
contracts a science-and-technology department signs), some close to real provisions, many
varied by hand. Each entry is (text, expected rule ids); an empty set marks a lawful provision.
``benchmarks/hints.py`` prints recall and false alarms on it; ``test_hint_eval`` holds the
targets.
"""

from __future__ import annotations

NORMATIVE: list[tuple[str, frozenset[str]]] = [
    (t, frozenset(r.split()))
    for t, r in [
        # --- licence --------------------------------------------------------------------
        ("第八条　科技企业孵化器变更运营主体的，应当报经市科技局审批。", "licence"),
        ("第十二条　未经省科学技术厅核准，任何单位不得使用“辽宁省重点实验室”名称。", "licence"),
        ("第六条　从事科技成果评价业务的机构，应当取得省科学技术厅颁发的资格证书。", "licence"),
        ("第九条　对新型研发机构的设立实行审批管理。", "licence"),
        ("第四条　依照《实验动物管理条例》，从事实验动物工作的单位，应当取得许可。", ""),
        ("第五条　省科学技术厅对申报材料进行形式审查，审查结果在网站公布。", ""),
        ("第三条　项目负责人调整的，项目承担单位应当书面告知省科学技术厅。", ""),
        # --- licence conditions -------------------------------------------------------
        ("第十条　申请高新技术企业认定的，还须提供省级以上科技奖励证书。", "licence_conditions"),
        (
            "第七条　申请人取得实验动物使用许可证，除法定条件外，还应当具有本科以上学历的管理人员。",
            "licence_conditions",
        ),
        ("第八条　申请高新技术企业认定，应当符合《高新技术企业认定管理办法》规定的条件。", ""),
        # --- disguised licence ----------------------------------------------------------
        ("第十一条　科技中介机构在省科学技术厅登记后方可开展科技咨询服务。", "licence_disguised"),
        ("第十四条　未经备案的众创空间，不得开展创业孵化服务。", "licence_disguised"),
        (
            "第九条　经认定后方可享受省级研发费用后补助政策的企业名单，由省科学技术厅另行公布。",
            "licence_disguised",
        ),
        ("第十二条　技术合同登记机构应当在受理后五个工作日内完成登记。", ""),
        ("第十三条　省级科技企业孵化器实行年度统计报告制度，孵化器应当按时报送统计数据。", ""),
        # --- penalty ------------------------------------------------------------------
        ("第二十条　专家在评审中泄露评审信息的，在全省科技系统内通报批评。", "penalty"),
        ("第二十一条　承担单位拒不整改的，没收其违法所得。", "penalty"),
        ("第二十二条　违反本细则规定的，处以三千元罚款。", "penalty"),
        ("第二十三条　情节严重的，吊销其科技服务机构备案证明。", "penalty"),
        ("第二十四条　对在项目管理工作中表现突出的单位和个人给予通报表扬。", ""),
        (
            "第二十五条　依照《中华人民共和国科学技术进步法》第一百一十二条的规定，由省科学技术厅予以罚款。",
            "",
        ),
        ("第二十六条　违反本办法规定，依法给予通报批评。", "penalty"),
        ("第二十七条　依照本办法第十条规定处以一万元罚款。", "penalty"),
        # --- compulsory ---------------------------------------------------------------
        ("第三十条　对拒不配合检查的单位，可以扣押其实验记录和仪器设备。", "compulsory"),
        ("第三十一条　对涉嫌骗取财政资金的单位，冻结其项目资金账户。", "compulsory"),
        ("第三十二条　当事人逾期不缴回资金的，每日加处千分之三的滞纳金。", "compulsory"),
        ("第三十三条　对严重违规人员，可以限制其人身自由并移送有关部门处理。", "compulsory"),
        ("第三十四条　对逾期不缴回的，由主管部门从其存款账户中扣划应缴回的资金。", "compulsory"),
        ("第三十五条　项目资金按照项目进度分期拨付。", ""),
        ("第三十六条　省科学技术厅应当加强对项目资金使用情况的监督检查。", ""),
        # --- fee ----------------------------------------------------------------------
        ("第十五条　参加评审的单位应当交纳评审服务费每项500元。", "fee"),
        ("第十六条　科技成果登记机构可以向登记人收取登记费。", "fee"),
        ("第十七条　科技成果登记不收取任何费用。", ""),
        ("第十八条　项目评审所需经费由省科学技术厅部门预算安排，不向申报单位收费。", ""),
        # --- deposit ------------------------------------------------------------------
        ("第十九条　入驻企业应当向孵化器运营单位缴纳入驻押金两万元。", "deposit"),
        ("第二十条　获得资助的企业应当缴存相当于资助额百分之十的风险保证金。", "deposit"),
        ("第二十一条　项目承担单位须交纳质量金，验收合格后退还。", "deposit"),
        ("第二十二条　支持以保函替代现金缴纳投标保证金。", ""),
        # --- levy ---------------------------------------------------------------------
        ("第二十三条　园区内企业应当按照年利润的百分之二缴纳科技发展基金。", "levy"),
        ("第二十四条　因重大科技基础设施建设需要，可以征收园区内企业的厂房。", "levy"),
        ("第二十五条　各县区应当向辖区企业统筹科技创新资金。", "levy"),
        ("第二十六条　省科学技术厅每年面向社会征集重大科技攻关需求。", ""),
        ("第二十七条　本办法起草过程中已公开征求社会公众意见。", ""),
        # --- certificates ---------------------------------------------------------------
        ("第二十八条　申请人须附户籍所在地派出所出具的亲属关系证明。", "certificates"),
        ("第二十九条　申报人还应当提交所在单位开具的无违法记录证明。", "certificates"),
        ("第三十条　申报单位提交营业执照复印件和项目可行性研究报告。", ""),
        ("第三十一条　对申报人的信用情况，通过信用信息平台核查，不再要求提供证明材料。", ""),
        # --- market barrier -------------------------------------------------------------
        ("第三十二条　享受奖励的企业须在本市注册并依法纳税。", "market_barrier"),
        ("第三十三条　外省企业参加本省科技项目招标的，应当提供额外的履约担保。", "market_barrier"),
        (
            "第三十四条　外地科技服务机构在本省开展业务的，应当在本省设立分支机构。",
            "market_barrier",
        ),
        ("第三十五条　各类所有制企业平等参与省科技计划项目申报。", ""),
        ("第三十六条　不得排斥外地经营者参与科技服务采购。", ""),
        # --- designated supplier ----------------------------------------------------------
        (
            "第三十七条　项目承担单位应当委托省科学技术厅推荐的评估机构开展绩效评价。",
            "designated_supplier",
        ),
        ("第三十八条　申报材料须通过指定的代理机构统一报送。", "designated_supplier"),
        (
            "第三十九条　各单位统一使用沈阳某某信息技术有限公司提供的项目管理系统。",
            "designated_supplier",
        ),
        ("第四十条　项目审计由项目承担单位自行选择会计师事务所实施。", ""),
        ("第四十一条　申报单位通过辽宁省科技管理信息系统在线填报申报材料。", ""),
        # --- internal office -----------------------------------------------------------------
        ("辽宁省科学技术厅高新技术处关于印发《省级众创空间备案管理办法》的通知", "internal_office"),
        ("沈阳市科学技术局成果转化科 2023年12月20日", "internal_office"),
        ("辽宁省科学技术厅办公室 2023年12月20日", ""),
        ("辽宁省科学技术厅关于印发《辽宁省科技企业孵化器管理办法》的通知", ""),
        # --- powers ----------------------------------------------------------------------------
        ("第四十二条　市科技局可以不经通知进入企业生产场所检查。", "powers"),
        ("第四十三条　主管部门有权调取项目负责人的个人银行流水。", "powers"),
        (
            "第四十四条　孵化器发生安全事故的，由运营单位负责，市科技局不再承担监督管理职责。",
            "powers",
        ),
        ("第四十五条　对企业的投资经营风险，主管部门概不负责。", "powers"),
        ("第四十六条　市科技局负责本市科技企业孵化器的指导、监督和管理工作。", ""),
        ("第四十七条　省科学技术厅可以委托第三方机构对项目实施情况开展绩效评价。", ""),
        # --- rights and duties --------------------------------------------------------------
        ("第四十八条　存在科研失信行为的，五年内不得申报省级科技计划项目。", "rights_duties"),
        ("第四十九条　被列入失信名单的，限制其享受省级科技创新政策。", "rights_duties"),
        ("第五十条　申报单位弄虚作假的，取消其当年评审资格。", "rights_duties"),
        ("第五十一条　项目承担单位应当如实报告项目执行情况。", ""),
        (
            "第五十二条　依照《中华人民共和国科学技术进步法》第一百一十二条，取消其承担项目资格。",
            "",
        ),
        # --- general lawful provisions ------------------------------------------------------
        (
            "第一条　为规范省级科技企业孵化器管理，根据《中华人民共和国促进科技成果转化法》等有关规定，结合本省实际，制定本办法。",
            "",
        ),
        ("第二条　本办法适用于本省行政区域内省级科技企业孵化器的认定、管理和服务。", ""),
        ("第三条　省科学技术厅负责全省科技企业孵化器的宏观管理和业务指导。", ""),
        ("第四条　孵化器应当具备完善的运营管理体系和孵化服务机制。", ""),
        ("第五条　省科学技术厅每年对孵化器进行绩效评价，评价结果向社会公开。", ""),
        ("第六条　鼓励孵化器与高校、科研院所开展合作，共建专业化服务平台。", ""),
        ("第七条　孵化器应当为在孵企业提供创业辅导、投融资对接等服务。", ""),
        ("第八条　财政资金使用情况应当接受财政、审计部门的监督检查。", ""),
        ("第九条　专家评审实行回避制度，与申报单位有利害关系的专家应当回避。", ""),
        ("第十条　项目验收结论分为通过验收、结题和不通过验收。", ""),
        ("第十一条　本办法由省科学技术厅负责解释。", ""),
        ("第十二条　本办法自2024年3月1日起施行，有效期至2029年2月28日。", ""),
        ("第十三条　各市科技行政部门可以结合本地实际制定具体实施细则。", ""),
        ("第十四条　对绩效评价优秀的孵化器，在省级科技计划中给予优先支持。", ""),
        ("第十五条　孵化器应当于每年1月31日前提交上一年度工作总结。", ""),
    ]
]

CONTRACT: list[tuple[str, frozenset[str]]] = [
    (t, frozenset(r.split()))
    for t, r in [
        ("第五条　本合同总金额为人民币伍拾万元整（¥500,000.00元）。", ""),
        ("合同价款为人民币85,000元（大写：捌万伍仟元整）。", ""),
        ("经费总额为30万元（大写：叁拾万元整），分两期拨付。", ""),
        ("合同金额为人民币150,000元（大写：壹拾伍万伍仟元整）。", "contract_amount_words"),
        ("服务费共计人民币98,000元（大写：玖万捌仟伍佰元整）。", "contract_amount_words"),
        ("项目资助经费20万元（大写：贰拾伍万元整）。", "contract_amount_words"),
        ("甲方同意为乙方的融资提供担保，并出具担保函。", "contract_guarantee"),
        ("委托方承诺对受托方的投资本金保本。", "contract_guarantee"),
        ("乙方应当在合同签订后十日内向甲方提交履约担保。", ""),
        ("乙方以其全部财产对本合同的履行承担连带责任。", ""),
        ("因项目实施产生的一切法律后果，由甲方承担全部赔偿责任。", "contract_unlimited"),
        ("甲方对乙方的违约赔偿责任不受合同金额限制。", "contract_unlimited"),
        ("乙方违约的，应当承担由此给甲方造成的全部损失。", ""),
        ("甲方的违约责任以未支付的合同价款为限。", ""),
        ("剩余款项由甲方在下一年度预算中追加安排后支付。", "contract_budget_year"),
        ("不论财政预算是否批复，甲方均按月支付服务费。", "contract_budget_year"),
        ("甲方在收到乙方发票后十五个工作日内支付首期款。", ""),
        ("本合同经费已纳入甲方2024年度部门预算。", ""),
        ("协商不成的，双方可以提交仲裁或者向人民法院提起诉讼。", "contract_dispute_body"),
        ("协商不成的，向当地仲裁委员会申请仲裁。", "contract_dispute_body"),
        ("协商不成的，提交大连仲裁委员会按照其仲裁规则仲裁。", ""),
        ("协商不成的，依法向甲方住所地人民法院起诉。", ""),
        ("乙方应当对在合同履行中知悉的甲方工作秘密承担保密义务。", ""),
        ("本合同项下研究成果的知识产权归甲乙双方共有。", ""),
        ("甲方应当在项目验收合格后三十日内支付尾款。", ""),
    ]
]


def hints_of(text: str, contract: bool) -> frozenset[str]:
    """The rule ids the hint rules raise on one provision (or one contract clause)."""
    from workbench.documents import amounts, rules
    from workbench.documents.ruleset import load_rules

    ruleset = load_rules()
    scoped = [r for r in ruleset.scope("contract" if contract else "normative") if r.mode == "flag"]
    found = {f.rule.id for f in rules.scan_paragraph(text, scoped)}
    if contract and amounts.mismatches(text):
        found.add("contract_amount_words")
    return frozenset(found)


Labelled = list[tuple[str, frozenset[str]]]


def evaluate(
    normative: Labelled | None = None, contract: Labelled | None = None
) -> dict[str, dict[str, float]]:
    """Per rule and ``overall``: positives, caught, recall, lawful provisions, false alarms
    (provisions flagged by the rule that are not labelled with it) and false-alarm rate.

    On this set by default; ``hint_holdout_set`` passes its own provisions and clauses."""
    rows = [(t, labels, False) for t, labels in (NORMATIVE if normative is None else normative)]
    rows += [(t, labels, True) for t, labels in (CONTRACT if contract is None else contract)]
    results = [(labels, hints_of(t, contract)) for t, labels, contract in rows]
    rule_ids = sorted({r for labels, found in results for r in labels | found})
    out: dict[str, dict[str, float]] = {}
    for rule in rule_ids:
        pos = sum(1 for labels, _ in results if rule in labels)
        caught = sum(1 for labels, found in results if rule in labels and rule in found)
        neg = sum(1 for labels, _ in results if rule not in labels)
        alarms = sum(1 for labels, found in results if rule in found and rule not in labels)
        out[rule] = _figures(pos, caught, neg, alarms)
    pos = sum(len(labels) for labels, _ in results)
    caught = sum(len(labels & found) for labels, found in results)
    lawful = sum(1 for labels, _ in results if not labels)
    alarms = sum(1 for labels, found in results if found - labels)
    out["overall"] = _figures(pos, caught, lawful, alarms)
    return out


def _figures(pos: int, caught: int, neg: int, alarms: int) -> dict[str, float]:
    return {
        "positives": pos,
        "caught": caught,
        "recall": caught / pos if pos else 1.0,
        "negatives": neg,
        "false_alarms": alarms,
        "false_alarm_rate": alarms / neg if neg else 0.0,
    }
