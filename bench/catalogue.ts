// Generated service catalogues for the benchmarks: how a real city's catalogue looks, and the worst case.
//
// `realisticCatalogue(size)` is the demo catalogue (so that every question of the search fixture has its
// service) plus services made the way a district's list of government services (政务服务事项清单) is
// made: a subject (食品经营许可证, 城乡居民养老保险, 犬只…) and what is done about it (核发, 变更, 注销,
// 参保登记…), each with its own keywords, a summary, who may apply, materials and steps written from a few
// sentence patterns. Titles are all different; words are shared the way they are in a real list (许可证 in
// many titles, one licence's name in a few dozen). A seeded random generator (mulberry32) picks the
// actions of each subject and the sentence patterns, so every run builds the same catalogue.
//
// `repeatedCatalogue(size)` repeats the demo services with a district's name added to each copy: every
// piece of every question is then shared by size / 64 services, so it measures the worst case, not a city.
import { demoCatalog } from "../src/demo/catalog.js";
import { catalogSchema, type AgencyInput, type Catalog, type ServiceInput } from "../src/domain/catalog/format.js";

/** A small seeded PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const demo = catalogSchema.parse(demoCatalog);

// What a service is about: Chinese, English, Chinese synonyms, English synonyms, and the field it belongs
// to (its agency and group below).
const subjectLines = `
食品经营许可证|food business licence|餐饮许可,开饭店,卖吃的|food licence,restaurant licence|market
食品生产许可证|food production licence|食品厂,做食品|food factory licence|market
药品经营许可证|pharmacy licence|药店,开药店|drugstore licence,pharmacy|market
医疗器械经营备案|medical device trading filing|医疗器械,卖器械|medical devices|market
个体工商户营业执照|sole trader business licence|个体户执照,营业执照|business licence,sole trader|market
农民专业合作社登记|farmers' cooperative registration|合作社,农民合作社|cooperative,farm coop|market
有限责任公司登记|limited company registration|开公司,注册公司|company registration,start a company|market
商标质押登记|trademark pledge registration|商标,质押|trademark,pledge|market
特种设备使用登记|special equipment use registration|电梯登记,锅炉登记|lift registration,boiler|market
计量器具检定|measuring instrument verification|电子秤,计量|scales,weights and measures|market
烟草专卖零售许可证|tobacco retail licence|卖烟,烟草证|tobacco licence,cigarettes|market
酒类零售备案|liquor retail filing|卖酒,酒类|alcohol retail,liquor|market
建设工程规划许可证|construction planning permit|规划许可,盖楼审批|planning permission,building plans|build
建筑工程施工许可证|construction works permit|施工许可,开工证|building permit,construction permit|build
建设工程消防验收|fire safety acceptance of construction|消防验收,消防检查|fire inspection,fire safety sign-off|build
城镇污水排入排水管网许可|sewage discharge permit|排水许可,排污|drainage permit,sewage|build
城市道路占用挖掘许可|road occupation and excavation permit|挖路,占道施工|road works permit,digging up roads|build
户外广告设施设置许可|outdoor advertising permit|广告牌,招牌|billboard,shop sign|build
城市建筑垃圾处置核准|construction waste disposal approval|建筑垃圾,渣土|construction waste,rubble|build
房屋建筑工程竣工验收备案|building completion filing|竣工验收,验收备案|completion certificate,handover|build
商品房预售许可证|off-plan sales permit|预售证,期房|presale permit,off-plan flats|build
房屋租赁登记备案|tenancy registration|租房备案,出租屋|tenancy filing,renting out|housing
不动产登记|real estate registration|房产证,不动产证|property deed,title deed|housing
住房公积金提取|housing provident fund withdrawal|取公积金,公积金|provident fund,housing fund|housing
住房公积金贷款|housing provident fund loan|公积金贷款,买房贷款|provident fund mortgage,home loan|housing
老旧小区改造申报|old estate renovation application|老旧小区,小区改造|estate renovation,old housing estate|housing
既有住宅加装电梯|lift installation in old buildings|加装电梯,装电梯|adding a lift,elevator retrofit|housing
物业服务企业备案|property management company filing|物业公司,物业|property management|housing
住宅专项维修资金使用|housing maintenance fund use|维修基金,维修资金|maintenance fund,repair fund|housing
廉租住房租赁补贴|low-rent housing subsidy|租房补贴,住房补贴|rent subsidy,housing allowance|housing
道路运输经营许可证|road transport business licence|道路运输证,跑运输|haulage licence,road transport|transport
出租汽车驾驶员从业资格证|taxi driver qualification|出租车司机,的士|taxi driver licence,cab driver|transport
网络预约出租汽车运输证|ride-hailing vehicle permit|网约车,网约车证|ride-hailing,online car hire|transport
机动车驾驶证|driving licence|驾照,驾驶证|driver's licence,driving licence|transport
机动车登记|motor vehicle registration|上牌,车辆登记|car registration,number plates|transport
电动自行车登记上牌|e-bike registration|电动车上牌,电瓶车|electric bike,e-bike plates|transport
非机动车停放管理|bicycle parking management|自行车停放,共享单车|bike parking,shared bikes|transport
公交线路调整意见|bus route feedback|公交线路,公交车|bus routes,buses|transport
船舶登记|vessel registration|船舶,渔船|boat registration,ships|transport
渔业捕捞许可证|fishing licence|捕鱼证,打鱼|fishing permit,commercial fishing|farm
农作物种子生产经营许可证|crop seed licence|种子,卖种子|seed licence,crop seeds|farm
农药经营许可证|pesticide trading licence|农药,卖农药|pesticides,agrochemicals|farm
兽药经营许可证|veterinary drug licence|兽药,动物药|veterinary medicine,animal drugs|farm
动物防疫条件合格证|animal epidemic prevention certificate|养殖场防疫,防疫合格证|livestock farm certificate,animal disease|farm
生猪定点屠宰|designated pig slaughtering|屠宰,杀猪|slaughterhouse,pig slaughter|farm
农机购置补贴|farm machinery purchase subsidy|农机补贴,买农机|farm machinery,tractor subsidy|farm
林木采伐许可证|tree felling permit|砍树,伐木|logging permit,cutting trees|farm
野生动物人工繁育许可证|wildlife breeding permit|野生动物,繁育|wildlife breeding,wild animals|farm
农村土地承包经营权证|rural land contract certificate|承包地,土地证|land contract,farmland rights|farm
高标准农田建设|high-standard farmland construction|农田建设,农田水利|farmland improvement,irrigation|farm
农村危房改造|rural dilapidated house renovation|危房改造,老房子|unsafe rural housing,house repair|farm
取水许可|water abstraction permit|取水,打井|water permit,well drilling|farm
河道管理范围内建设项目审批|riverside construction approval|河道,河边建房|river works,riverbank building|farm
城乡居民基本养老保险|urban and rural residents' pension|居民养老,农村养老|residents' pension,basic pension|social
企业职工基本养老保险|employees' basic pension|职工养老,退休金|employee pension,retirement pension|social
失业保险|unemployment insurance|失业险|jobless insurance|social
工伤保险|work injury insurance|工伤险|workplace injury insurance|social
社会保险关系转移|social insurance transfer|社保转移,转社保|transferring social insurance,moving pension|social
个人权益记录查询|social insurance record|社保记录,缴费记录|contribution record,pension statement|social
城乡居民医疗保险|residents' medical insurance|居民医保,合作医疗|residents' health insurance|health
职工基本医疗保险|employees' medical insurance|职工医保|employee health insurance|health
医疗保险异地就医|medical treatment elsewhere|异地就医,外地看病|treatment in another city|health
门诊慢特病待遇|chronic disease outpatient benefit|慢性病,特殊病|chronic illness,long-term medication|health
母婴设施|baby care rooms|母婴室,哺乳室|nursing rooms,breastfeeding rooms|health
医师执业注册|doctor practice registration|医生执业,执业医师|doctor licence,medical practitioner|health
护士执业注册|nurse practice registration|护士执业|nurse licence,nursing registration|health
医疗机构执业许可证|medical institution licence|开诊所,诊所|clinic licence,opening a clinic|health
公共场所卫生许可证|public place hygiene licence|卫生许可,理发店|hygiene permit,barbershop|health
饮用水供水单位卫生许可|drinking water supplier hygiene licence|供水卫生,自来水|water supply hygiene,tap water|health
职业病诊断|occupational disease diagnosis|职业病,尘肺|occupational illness,pneumoconiosis|health
预防接种|vaccination|打疫苗,接种|vaccines,immunisation|health
严重精神障碍患者管理|severe mental illness care|精神病,精神障碍|mental illness,psychiatric care|health
无偿献血|voluntary blood donation|献血,血站|blood donation,giving blood|health
中医诊所备案|Chinese medicine clinic filing|中医诊所,中医馆|TCM clinic,traditional medicine|health
养老机构备案|care home filing|养老院,敬老院|care home,nursing home|civil
社会团体登记|social organisation registration|社团,协会|association,society|civil
民办非企业单位登记|private non-profit registration|民非,社会服务机构|non-profit,NGO|civil
慈善组织认定|charity recognition|慈善,公益组织|charity,charitable organisation|civil
婚姻登记|marriage registration|结婚登记,领证|getting married,marriage certificate|civil
收养登记|adoption registration|收养,领养|adoption,adopting a child|civil
地名命名|place naming|地名,路名|street names,place names|civil
殡葬服务|funeral services|殡仪馆,火化|funeral,cremation|civil
公墓使用|cemetery plots|墓地,公墓|cemetery,grave|civil
困境儿童保障|children in difficulty|困境儿童,留守儿童|vulnerable children,left-behind children|civil
孤儿基本生活费|orphan living allowance|孤儿,孤儿补助|orphans,orphan allowance|civil
残疾人就业保障金|disability employment levy|残保金,残疾人就业|disability levy,employing disabled people|civil
老年人能力评估|older people's ability assessment|失能评估,老人评估|care needs assessment,elderly assessment|civil
居家养老服务补贴|home care subsidy|居家养老,上门服务|home care,care at home|civil
经济困难老年人补贴|low-income elderly subsidy|困难老人,老人补贴|elderly poverty subsidy|civil
户口登记|hukou registration|上户口,落户|household registration,registering hukou|police
户口迁移|hukou transfer|迁户口,户口转移|moving hukou,hukou move|police
居民身份证|resident ID card|身份证,补身份证|ID card,identity card|police
临时身份证明|temporary identity certificate|临时身份证,临时证明|temporary ID,proof of identity|police
出入境证件|exit and entry documents|护照,港澳通行证|passport,travel permit|police
暂住登记|temporary residence registration|暂住证,流动人口|temporary residence,migrant registration|police
犬只登记|dog registration|养狗,办狗证|dog licence,registering a dog|police
剧毒化学品购买许可证|toxic chemical purchase permit|危化品,剧毒品|hazardous chemicals,toxic substances|police
烟花爆竹经营许可证|fireworks retail licence|卖烟花,烟花爆竹|fireworks,firecrackers|police
保安服务许可证|security service licence|保安公司,保安|security company,guards|police
旅馆业特种行业许可证|hotel special trade licence|开旅馆,民宿|hotel licence,guesthouse|police
大型群众性活动安全许可|large public event safety permit|大型活动,演唱会|public event,concert permit|police
民办学校办学许可证|private school licence|办学许可,民办学校|private school,school licence|school
校外培训机构审批|tutoring institution approval|培训机构,补习班|tutoring centre,after-school classes|school
幼儿园入园登记|kindergarten enrolment|上幼儿园,入园|kindergarten,nursery enrolment|school
义务教育入学|compulsory education enrolment|小学入学,初中入学|school enrolment,primary school|school
学生资助|student financial aid|助学金,困难学生|student grant,bursary|school
教师资格认定|teacher qualification|教师资格证,当老师|teaching certificate,teacher licence|school
普通话水平测试|Mandarin proficiency test|普通话考试,普通话证|Putonghua test,Mandarin exam|school
学历证明|proof of education|毕业证明,学历认证|diploma verification,degree certificate|school
营业性演出许可证|commercial performance licence|演出许可,演出|performance licence,shows|culture
网吧经营许可证|internet cafe licence|网吧,上网服务|internet cafe,cybercafe|culture
娱乐场所经营许可证|entertainment venue licence|歌厅,KTV|karaoke,entertainment venue|culture
出版物零售许可|publication retail licence|书店,卖书|bookshop,selling books|culture
文物保护单位修缮|heritage site repair|文物修缮,古建筑|heritage building,historic site|culture
体育场馆开放|sports venue opening|体育馆,运动场|sports centre,gym|culture
全民健身活动|public fitness activities|健身,广场舞|fitness,square dancing|culture
公共图书馆借阅证|public library card|图书馆,借书证|library card,borrowing books|culture
环境影响评价审批|environmental impact approval|环评,环境影响|environmental assessment,EIA|env
排污许可证|pollutant discharge permit|排污证,排污|discharge permit,pollution|env
危险废物经营许可证|hazardous waste licence|危废,危险废物|hazardous waste,toxic waste|env
建设项目噪声审批|construction noise approval|夜间施工,噪音|night works,noise permit|env
餐饮油烟治理|restaurant fume control|油烟,餐馆油烟|cooking fumes,restaurant smoke|env
生活垃圾分类|household waste sorting|垃圾分类,扔垃圾|rubbish sorting,recycling|env
大件垃圾清运|bulky waste collection|旧家具,大件垃圾|bulky rubbish,old furniture|env
绿化树木修剪|tree pruning|修树,砍树枝|tree trimming,overhanging trees|env
增值税发票|VAT invoice|发票,开发票|invoices,VAT|tax
个人所得税汇算|individual income tax return|个税,退税|income tax,tax refund|tax
房产税|property tax|房产税申报|property tax return|tax
契税|deed tax|买房交税,契税申报|deed tax,stamp duty on property|tax
车船税|vehicle and vessel tax|车船税缴纳|car tax,vehicle tax|tax
社保费缴纳|social insurance contributions|交社保,社保缴费|paying social insurance,contributions|tax
纳税信用等级|tax credit rating|纳税信用,信用等级|tax credit,tax rating|tax
劳动合同备案|employment contract filing|劳动合同,签合同|employment contract,work contract|labour
集体合同审查|collective agreement review|集体合同,工资协商|collective agreement,collective bargaining|labour
特殊工时制度审批|special working hours approval|综合工时,不定时工作|flexible hours,special working time|labour
职业技能等级认定|vocational skill certification|技能证书,职业资格|skills certificate,vocational qualification|labour
人力资源服务许可|human resources service licence|职业中介,人力资源公司|recruitment agency,staffing licence|labour
劳务派遣经营许可|labour dispatch licence|劳务派遣,派遣公司|agency work,labour dispatch|labour
高校毕业生就业报到|graduate employment check-in|毕业生报到,报到证|graduate registration,new graduates|labour
人才引进落户|talent settlement|人才落户,引进人才|talent visa,skilled migration|labour
退役士兵安置|discharged soldier placement|退伍安置,退役士兵|veteran resettlement,ex-soldiers|veteran
优抚对象抚恤|martyrs' and veterans' families pension|抚恤金,优抚|veterans' family pension,survivors' pension|veteran
烈士褒扬|martyr commemoration|烈士,烈属|martyrs,fallen soldiers|veteran
军人军属优待|military family benefits|军属,军嫂|military families,service families|veteran
法律援助律师|legal aid lawyer|免费律师,援助律师|free lawyer,duty lawyer|law
公证|notarisation|公证书,办公证|notary,notarised documents|law
司法鉴定|forensic appraisal|鉴定,司法鉴定机构|forensic assessment,expert evidence|law
人民调解|people's mediation|调解,纠纷|mediation,disputes|law
社区矫正|community correction|矫正,缓刑|probation,community sentence|law
行政复议|administrative reconsideration|复议,不服处罚|administrative appeal,challenging a decision|law
信访事项|petition letters and visits|信访,上访|petitions,complaints to government|law
政府信息公开|government information disclosure|信息公开,申请公开|freedom of information,open government|law
`;

interface Subject {
  zh: string;
  en: string;
  zhWords: string[];
  enWords: string[];
  field: string;
}

const subjects: Subject[] = subjectLines
  .trim()
  .split("\n")
  .map((line) => {
    const [zh, en, zhWords, enWords, field] = line.split("|") as [string, string, string, string, string];
    return { zh, en, zhWords: zhWords.split(","), enWords: enWords.split(","), field };
  });

// What is done about it: the title's ending in Chinese, the English title's pattern, and the words people use.
const actions: { zh: string; en: string; zhWords: string[]; enWords: string[] }[] = [
  { zh: "核发", en: "Issuing the %s", zhWords: ["申请", "办理", "新办"], enWords: ["apply", "new"] },
  { zh: "变更", en: "Changes to the %s", zhWords: ["变更", "改信息", "换地址"], enWords: ["change", "update details"] },
  { zh: "延续", en: "Renewing the %s", zhWords: ["延期", "续期", "到期"], enWords: ["renew", "renewal", "expired"] },
  { zh: "注销", en: "Cancelling the %s", zhWords: ["注销", "不做了", "取消"], enWords: ["cancel", "close"] },
  { zh: "补办", en: "Replacing a lost %s", zhWords: ["补办", "丢了", "遗失"], enWords: ["lost", "replace", "replacement"] },
  { zh: "换领", en: "Exchanging a worn %s", zhWords: ["换证", "旧证换新"], enWords: ["exchange", "worn out"] },
  { zh: "查询", en: "Looking up the %s", zhWords: ["查询", "查一下", "进度"], enWords: ["check", "look up", "status"] },
  { zh: "备案", en: "Filing the %s", zhWords: ["备案", "报备"], enWords: ["file", "filing"] },
  { zh: "年度报告", en: "Annual report on the %s", zhWords: ["年报", "年检"], enWords: ["annual report", "yearly check"] },
  { zh: "证明开具", en: "Proof letter about the %s", zhWords: ["开证明", "证明"], enWords: ["proof", "letter"] },
  { zh: "信息更正", en: "Correcting the %s", zhWords: ["写错了", "更正", "改错"], enWords: ["correct", "mistake", "wrong details"] },
  { zh: "咨询", en: "Questions about the %s", zhWords: ["咨询", "问一下", "政策"], enWords: ["ask", "questions", "advice"] },
  { zh: "投诉举报", en: "Complaints about the %s", zhWords: ["投诉", "举报", "不满意"], enWords: ["complain", "report"] },
  { zh: "补贴申领", en: "Subsidy for the %s", zhWords: ["补贴", "领钱", "补助"], enWords: ["subsidy", "grant", "money"] },
  { zh: "资格认定", en: "Qualifying for the %s", zhWords: ["认定", "资格", "够不够条件"], enWords: ["qualify", "eligibility"] },
  { zh: "审核转报", en: "Forwarding an application for the %s", zhWords: ["初审", "转报"], enWords: ["forward", "preliminary review"] },
  { zh: "监督检查", en: "Inspections of the %s", zhWords: ["检查", "抽查"], enWords: ["inspection", "spot check"] },
  { zh: "行政处罚", en: "Penalties concerning the %s", zhWords: ["罚款", "处罚"], enWords: ["fine", "penalty"] },
  { zh: "档案查阅", en: "Viewing the records of the %s", zhWords: ["档案", "调档", "查档"], enWords: ["records", "archive"] },
  { zh: "网上预约", en: "Booking an appointment for the %s", zhWords: ["预约", "排队", "网上办"], enWords: ["appointment", "book online"] },
  { zh: "跨省通办", en: "The %s from another province", zhWords: ["异地办", "外省", "跨省"], enWords: ["another province", "remote"] },
  { zh: "首次登记", en: "First registration of the %s", zhWords: ["第一次", "首次", "登记"], enWords: ["first time", "register"] },
  { zh: "转移登记", en: "Transfer of the %s", zhWords: ["转移", "过户"], enWords: ["transfer", "change of owner"] },
  { zh: "撤销", en: "Withdrawing the %s", zhWords: ["撤销", "撤回"], enWords: ["withdraw", "revoke"] },
  { zh: "复核", en: "Review of a decision on the %s", zhWords: ["复核", "不服", "重新审"], enWords: ["review", "appeal"] },
  { zh: "告知承诺办理", en: "The %s by declaration", zhWords: ["承诺制", "容缺"], enWords: ["declaration", "fast track"] },
  { zh: "电子证照申领", en: "The electronic %s", zhWords: ["电子证", "手机上", "亮证"], enWords: ["electronic", "digital", "on my phone"] },
  { zh: "减免", en: "Fee reductions for the %s", zhWords: ["减免", "免费", "优惠"], enWords: ["discount", "fee waiver"] },
  { zh: "退费", en: "Refunds for the %s", zhWords: ["退钱", "退费"], enWords: ["refund", "money back"] },
  { zh: "培训报名", en: "Training for the %s", zhWords: ["培训", "报名", "上课"], enWords: ["training", "course", "sign up"] },
  { zh: "考核", en: "Assessment for the %s", zhWords: ["考试", "考核"], enWords: ["exam", "assessment"] },
  { zh: "公示", en: "Public notice of the %s", zhWords: ["公示", "名单"], enWords: ["public notice", "list"] },
  { zh: "信用修复", en: "Clearing a bad record on the %s", zhWords: ["信用修复", "失信", "黑名单"], enWords: ["credit repair", "blacklist"] },
  { zh: "委托代办", en: "The %s through a representative", zhWords: ["代办", "委托", "帮我办"], enWords: ["on my behalf", "representative"] },
  { zh: "证照邮寄", en: "Posting the %s to you", zhWords: ["邮寄", "快递", "寄到家"], enWords: ["by post", "delivery"] },
  { zh: "加急办理", en: "The %s in a hurry", zhWords: ["加急", "急用", "快点"], enWords: ["urgent", "express"] },
];

// Each field of work: its agency and the demo group its services go in.
const fields: Record<string, { agency: AgencyInput; group: string }> = {};
const fieldNames: [string, string, string, string][] = [
  ["market", "江滨区市场监督管理局", "Jiangbin District Market Regulation Bureau", "employment"],
  ["build", "江滨区住房和城乡建设局", "Jiangbin District Housing and Construction Bureau", "housing"],
  ["housing", "江滨区房产管理中心", "Jiangbin District Housing Administration Centre", "housing"],
  ["transport", "江滨区交通运输局", "Jiangbin District Transport Bureau", "residence"],
  ["farm", "江滨区农业农村局", "Jiangbin District Agriculture and Rural Affairs Bureau", "rural"],
  ["social", "江滨区社会保险管理中心", "Jiangbin District Social Insurance Centre", "social-insurance"],
  ["health", "江滨区卫生健康局", "Jiangbin District Health Commission", "public-health"],
  ["civil", "江滨区民政局", "Jiangbin District Civil Affairs Bureau", "welfare"],
  ["police", "江滨区公安分局", "Jiangbin District Public Security Bureau", "hukou"],
  ["school", "江滨区教育局", "Jiangbin District Education Bureau", "family"],
  ["culture", "江滨区文化和旅游局", "Jiangbin District Culture and Tourism Bureau", "party"],
  ["env", "江滨区生态环境分局", "Jiangbin District Ecology and Environment Bureau", "rural"],
  ["tax", "江滨区税务局", "Jiangbin District Tax Bureau", "certificates"],
  ["labour", "江滨区人力资源和社会保障局劳动关系科", "Jiangbin District Labour Relations Office", "labour-rights"],
  ["veteran", "江滨区退役军人事务局", "Jiangbin District Veterans Affairs Bureau", "veterans"],
  ["law", "江滨区司法局", "Jiangbin District Justice Bureau", "legal"],
];
fieldNames.forEach(([name, zh, en, group], i) => {
  fields[name] = {
    group,
    agency: {
      code: `gen-${name}`,
      name: { zh, en },
      address: { zh: `江滨区政务服务中心${(i % 4) + 1}楼 ${String.fromCharCode(65 + i)}区`, en: `Zone ${String.fromCharCode(65 + i)}, floor ${(i % 4) + 1}, District Government Service Centre` },
      phone: `027-5555-${String(2000 + i).padStart(4, "0")}`,
      hours: { mon: ["09:00-17:00"], tue: ["09:00-17:00"], wed: ["09:00-17:00"], thu: ["09:00-17:00"], fri: ["09:00-17:00"] },
      exceptions: [],
    },
  };
});

const who = [
  { zh: "本区户籍居民和持有居住证的常住人员", en: "residents of the district, including those with a residence permit" },
  { zh: "在本区登记注册的企业、个体工商户和其他组织", en: "businesses, sole traders and other organisations registered in the district" },
  { zh: "符合条件的个人或单位，由本人或委托代理人申请", en: "eligible people or organisations, in person or through someone they authorise" },
  { zh: "年满18周岁、具有完全民事行为能力的申请人", en: "applicants aged 18 or over with full legal capacity" },
];
const limits = [
  { zh: "即办", en: "Done on the spot" },
  { zh: "5个工作日", en: "5 working days" },
  { zh: "10个工作日", en: "10 working days" },
  { zh: "20个工作日", en: "20 working days" },
];
const fees = [
  { zh: "免费", en: "Free" },
  { zh: "按国家规定标准收费", en: "At the national rate" },
];

function service(subject: Subject, action: (typeof actions)[number], n: number, rnd: () => number): ServiceInput {
  const field = fields[subject.field]!;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const eligible = pick(who);
  const limit = pick(limits);
  const title = { zh: `${subject.zh}${action.zh}`, en: action.en.replace("%s", subject.en) };
  title.en = title.en[0]!.toUpperCase() + title.en.slice(1);
  const summaries = [
    {
      zh: `${subject.zh}${action.zh}由${field.agency.name.zh}受理，${eligible.zh}可以申请。材料齐全的，${limit.zh}办结，结果可以在政务服务网查询。`,
      en: `${title.en} is handled by the ${field.agency.name.en}; ${eligible.en} can apply. With complete papers it takes ${limit.en.toLowerCase()}, and the result can be looked up online.`,
    },
    {
      zh: `办理${subject.zh}的${action.zh}，先在网上或窗口提交申请，工作人员审核后${limit.zh}内告知结果。涉及${subject.zhWords[0]}的问题也可以电话咨询。`,
      en: `For ${title.en.toLowerCase()}, apply online or at the window; staff check it and tell you the result within ${limit.en.toLowerCase()}. Questions about ${subject.enWords[0]} can also be asked by phone.`,
    },
    {
      zh: `${eligible.zh}需要${action.zhWords[0]}${subject.zh}的，可以到区政务服务中心综合窗口办理，也可以在手机上预约。`,
      en: `${eligible.en[0]!.toUpperCase()}${eligible.en.slice(1)} who need this can go to the general window of the District Service Centre, or book on their phone.`,
    },
  ];
  return {
    code: `gen-${n}`,
    group: field.group,
    title,
    summary: pick(summaries),
    eligibility: eligible,
    materials: {
      zh: ["申请人身份证件", `${subject.zh}相关材料`, "申请表（现场可领）"],
      en: ["The applicant's ID", `Papers about the ${subject.en}`, "The application form (available at the window)"],
    },
    steps: {
      zh: ["网上或窗口提交申请", "工作人员审核材料", `${limit.zh}内出结果`],
      en: ["Apply online or at the window", "Staff check the papers", `Result within ${limit.en.toLowerCase()}`],
    },
    agency: field.agency.code,
    fee: pick(fees),
    time_limit: limit,
    keywords: {
      zh: [...new Set([`${subject.zh}${action.zh}`, ...subject.zhWords, ...action.zhWords.map((w) => `${subject.zhWords[0]}${w}`), ...action.zhWords.slice(0, 1)])],
      en: [...new Set([...subject.enWords, ...action.enWords.map((w) => `${subject.enWords[0]} ${w}`)])],
    },
    access: pick(["handled", "assisted", "not_here"] as const),
    proxy: rnd() < 0.3,
    certificate: false,
    sort: 10_000 + n,
  };
}

/** The demo catalogue and `size − 64` generated services, the same on every run. */
export function realisticCatalogue(size: number, seed = 20261130): Catalog {
  const rnd = seeded(seed);
  const generated: ServiceInput[] = [];
  // Every subject with its actions in a random order, round after round, until the size is reached.
  const orders = subjects.map(() => [...actions].sort(() => rnd() - 0.5));
  for (let round = 0; round < actions.length && demo.services.length + generated.length < size; round++) {
    for (let s = 0; s < subjects.length && demo.services.length + generated.length < size; s++) {
      generated.push(service(subjects[s]!, orders[s]![round]!, generated.length, rnd));
    }
  }
  if (demo.services.length + generated.length < size) throw new Error(`at most ${demo.services.length + subjects.length * actions.length} services can be generated`);
  return {
    ...demo,
    agencies: [...demo.agencies, ...Object.values(fields).map((f) => f.agency)],
    services: [...demo.services, ...generated],
    community_answers: [],
  };
}

const districts = ["江岸", "江汉", "硚口", "汉阳", "武昌", "青山", "洪山", "东西湖", "蔡甸", "江夏", "黄陂", "新洲"];

/** The demo services repeated to `size`, a district's name in each copy's title and keywords: the worst case. */
export function repeatedCatalogue(size: number): Catalog {
  const services = Array.from({ length: size }, (_, i) => {
    const s = demo.services[i % demo.services.length]!;
    const copy = Math.floor(i / demo.services.length);
    const d = districts[copy % districts.length]!;
    return {
      ...s,
      code: `${s.code}-${copy}`.slice(0, 48),
      title: { zh: `${s.title.zh}（${d}${copy}）`, en: `${s.title.en} (${d} ${copy})` },
      keywords: { zh: [...s.keywords.zh, `${d}区`], en: s.keywords.en },
      sort: i,
    };
  });
  return { ...demo, services, community_answers: [] };
}
