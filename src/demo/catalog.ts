// The demo service catalogue: a fictional district (江滨区 Jiangbin) of a Wuhan-style city, with an urban
// street (晴川街道) and a rural one (柳湖街道). Every name of an office, address, phone number and website
// is made up (phones 027-5555-01xx, complaint lines 027-5555-09xx, sites under example.gov.invalid), so
// that a fresh install can be tried without anyone mistaking it for real guidance. The rules described
// follow the common national pattern; amounts are deliberately left to "the published local standard".
import type { CatalogFile } from "../domain/catalog/format.js";
import { importCatalog } from "../domain/catalog/import.js";
import { countServices } from "../db/queries/catalog.js";
import type { Seed } from "./seed.js";

const officeHours = ["09:00-12:00", "13:30-17:00"];
const weekdaysOnly = { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours };
const withSaturdayMorning = { ...weekdaysOnly, sat: ["09:00-12:00"] };
const clinicHours = ["08:00-12:00", "14:00-17:30"];
const clinicWeek = {
  mon: clinicHours,
  tue: clinicHours,
  wed: clinicHours,
  thu: clinicHours,
  fri: clinicHours,
  sat: ["08:00-12:00"],
};

const nationalDay = {
  zh: "国庆节假期，闭门休息",
  en: "National Day holiday: closed",
};
const nationalDayClosures = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"].map(
  (date) => ({ date, closed: true, note: nationalDay }),
);

const free = { zh: "免费", en: "Free" };

export const demoCatalog: CatalogFile = {
  agencies: [
    {
      code: "jb-hrss",
      name: {
        zh: "江滨区人力资源和社会保障局（区政务服务中心人社窗口）",
        en: "Jiangbin District Human Resources and Social Security Bureau (social security windows, District Service Centre)",
      },
      address: {
        zh: "江滨区滨江大道188号 区政务服务中心2楼 A区",
        en: "Zone A, 2nd floor, District Government Service Centre, 188 Binjiang Avenue, Jiangbin District",
      },
      phone: "027-5555-0101",
      complaint_phone: "027-5555-0901",
      website: "https://example.gov.invalid/jiangbin/hrss",
      location: { lat: 30.5931, lon: 114.3052 },
      hours: withSaturdayMorning,
      exceptions: nationalDayClosures,
    },
    {
      code: "jb-jobs",
      name: {
        zh: "江滨区就业创业服务中心",
        en: "Jiangbin District Employment and Entrepreneurship Centre",
      },
      address: {
        zh: "江滨区汉水路66号 就业大厦1楼",
        en: "1st floor, Employment Building, 66 Hanshui Road, Jiangbin District",
      },
      phone: "027-5555-0102",
      complaint_phone: "027-5555-0901",
      website: "https://example.gov.invalid/jiangbin/jobs",
      location: { lat: 30.5874, lon: 114.2968 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-civil",
      name: {
        zh: "江滨区民政局（社会救助和养老服务窗口）",
        en: "Jiangbin District Civil Affairs Bureau (social assistance and elderly care)",
      },
      address: {
        zh: "江滨区滨江大道188号 区政务服务中心3楼 C区",
        en: "Zone C, 3rd floor, District Government Service Centre, 188 Binjiang Avenue, Jiangbin District",
      },
      phone: "027-5555-0103",
      complaint_phone: "027-5555-0903",
      website: "https://example.gov.invalid/jiangbin/civil-affairs",
      location: { lat: 30.5931, lon: 114.3052 },
      hours: weekdaysOnly,
      exceptions: nationalDayClosures,
    },
    {
      code: "jb-marriage",
      name: {
        zh: "江滨区民政局婚姻登记处",
        en: "Jiangbin District Marriage Registry (Civil Affairs Bureau)",
      },
      address: {
        zh: "江滨区紫荆路12号",
        en: "12 Zijing Road, Jiangbin District",
      },
      phone: "027-5555-0104",
      complaint_phone: "027-5555-0903",
      website: "https://example.gov.invalid/jiangbin/marriage",
      location: { lat: 30.6012, lon: 114.3127 },
      hours: withSaturdayMorning,
      exceptions: [
        {
          date: "2026-06-19",
          closed: true,
          note: { zh: "端午节，闭门休息", en: "Dragon Boat Festival: closed" },
        },
        {
          date: "2026-09-25",
          closed: true,
          note: { zh: "中秋节，闭门休息", en: "Mid-Autumn Festival: closed" },
        },
      ],
    },
    {
      code: "jb-dpf",
      name: {
        zh: "江滨区残疾人联合会",
        en: "Jiangbin District Disabled Persons' Federation",
      },
      address: {
        zh: "江滨区滨江大道188号 区政务服务中心3楼 D区",
        en: "Zone D, 3rd floor, District Government Service Centre, 188 Binjiang Avenue, Jiangbin District",
      },
      phone: "027-5555-0105",
      complaint_phone: "027-5555-0905",
      website: "https://example.gov.invalid/jiangbin/dpf",
      location: { lat: 30.5931, lon: 114.3052 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-medins",
      name: {
        zh: "江滨区医疗保障局（区政务服务中心医保窗口）",
        en: "Jiangbin District Healthcare Security Bureau (medical insurance windows, District Service Centre)",
      },
      address: {
        zh: "江滨区滨江大道188号 区政务服务中心2楼 B区",
        en: "Zone B, 2nd floor, District Government Service Centre, 188 Binjiang Avenue, Jiangbin District",
      },
      phone: "027-5555-0106",
      complaint_phone: "027-5555-0906",
      website: "https://example.gov.invalid/jiangbin/medical-insurance",
      location: { lat: 30.5931, lon: 114.3052 },
      hours: withSaturdayMorning,
      exceptions: nationalDayClosures,
    },
    {
      code: "jb-health",
      name: {
        zh: "江滨区卫生健康局（人口家庭科）",
        en: "Jiangbin District Health Commission (population and family office)",
      },
      address: {
        zh: "江滨区健康路8号 区卫健大楼4楼",
        en: "4th floor, District Health Building, 8 Jiankang Road, Jiangbin District",
      },
      phone: "027-5555-0107",
      complaint_phone: "027-5555-0907",
      website: "https://example.gov.invalid/jiangbin/health",
      location: { lat: 30.5847, lon: 114.3189 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-mch",
      name: {
        zh: "江滨区妇幼保健院（出生医学证明窗口）",
        en: "Jiangbin District Maternal and Child Health Hospital (birth certificate window)",
      },
      address: {
        zh: "江滨区健康路20号 门诊楼1楼",
        en: "1st floor, Outpatient Building, 20 Jiankang Road, Jiangbin District",
      },
      phone: "027-5555-0108",
      complaint_phone: "027-5555-0907",
      website: "https://example.gov.invalid/jiangbin/mch-hospital",
      location: { lat: 30.5839, lon: 114.3201 },
      hours: clinicWeek,
    },
    {
      code: "qc-chc",
      name: {
        zh: "晴川街社区卫生服务中心",
        en: "Qingchuan Street Community Health Centre",
      },
      address: {
        zh: "江滨区晴川街道鹦鹉路35号",
        en: "35 Yingwu Road, Qingchuan Street, Jiangbin District",
      },
      phone: "027-5555-0109",
      complaint_phone: "027-5555-0907",
      location: { lat: 30.5562, lon: 114.2741 },
      hours: clinicWeek,
    },
    {
      code: "jb-police-hukou",
      name: {
        zh: "江滨公安分局户政服务大厅",
        en: "Jiangbin Public Security Sub-bureau, Household Registration Hall",
      },
      address: {
        zh: "江滨区公正路99号 分局办证中心1楼",
        en: "1st floor, Permit Centre, 99 Gongzheng Road, Jiangbin District",
      },
      phone: "027-5555-0110",
      complaint_phone: "027-5555-0910",
      website: "https://example.gov.invalid/jiangbin/police",
      location: { lat: 30.5978, lon: 114.2893 },
      hours: withSaturdayMorning,
      exceptions: nationalDayClosures,
    },
    {
      code: "qc-police",
      name: {
        zh: "江滨公安分局晴川派出所（户籍室）",
        en: "Qingchuan Police Station, Jiangbin Sub-bureau (household registration desk)",
      },
      address: {
        zh: "江滨区晴川街道晴川大道210号",
        en: "210 Qingchuan Avenue, Qingchuan Street, Jiangbin District",
      },
      phone: "027-5555-0111",
      complaint_phone: "027-5555-0910",
      location: { lat: 30.5541, lon: 114.2776 },
      hours: withSaturdayMorning,
    },
    {
      code: "jb-housing",
      name: {
        zh: "江滨区住房保障和房屋管理局",
        en: "Jiangbin District Housing Security and Property Administration",
      },
      address: {
        zh: "江滨区滨江大道188号 区政务服务中心4楼",
        en: "4th floor, District Government Service Centre, 188 Binjiang Avenue, Jiangbin District",
      },
      phone: "027-5555-0112",
      complaint_phone: "027-5555-0912",
      website: "https://example.gov.invalid/jiangbin/housing",
      location: { lat: 30.5931, lon: 114.3052 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-labour-inspection",
      name: {
        zh: "江滨区劳动保障监察大队",
        en: "Jiangbin District Labour Inspection Brigade",
      },
      address: {
        zh: "江滨区汉水路66号 就业大厦3楼",
        en: "3rd floor, Employment Building, 66 Hanshui Road, Jiangbin District",
      },
      phone: "027-5555-0113",
      complaint_phone: "027-5555-0913",
      website: "https://example.gov.invalid/jiangbin/labour-inspection",
      location: { lat: 30.5874, lon: 114.2968 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-arbitration",
      name: {
        zh: "江滨区劳动人事争议仲裁院",
        en: "Jiangbin District Labour and Personnel Dispute Arbitration Court",
      },
      address: {
        zh: "江滨区汉水路66号 就业大厦5楼",
        en: "5th floor, Employment Building, 66 Hanshui Road, Jiangbin District",
      },
      phone: "027-5555-0114",
      complaint_phone: "027-5555-0901",
      website: "https://example.gov.invalid/jiangbin/arbitration",
      location: { lat: 30.5874, lon: 114.2968 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-legal-aid",
      name: {
        zh: "江滨区法律援助中心",
        en: "Jiangbin District Legal Aid Centre",
      },
      address: {
        zh: "江滨区公正路15号 区公共法律服务中心1楼",
        en: "1st floor, District Public Legal Services Centre, 15 Gongzheng Road, Jiangbin District",
      },
      phone: "027-5555-0115",
      complaint_phone: "027-5555-0915",
      website: "https://example.gov.invalid/jiangbin/legal-aid",
      location: { lat: 30.5961, lon: 114.2874 },
      hours: withSaturdayMorning,
    },
    {
      code: "qc-justice",
      name: {
        zh: "晴川街道司法所（街道人民调解委员会）",
        en: "Qingchuan Street Judicial Office (street People's Mediation Committee)",
      },
      address: {
        zh: "江滨区晴川街道晴川大道188号 街道综治中心1楼",
        en: "1st floor, Street Governance Centre, 188 Qingchuan Avenue, Qingchuan Street, Jiangbin District",
      },
      phone: "027-5555-0116",
      complaint_phone: "027-5555-0915",
      location: { lat: 30.5549, lon: 114.2769 },
      hours: weekdaysOnly,
    },
    {
      code: "qc-party",
      name: {
        zh: "中共晴川街道工作委员会（街道党群服务中心）",
        en: "Qingchuan Street Party Working Committee (street Party and Public Service Centre)",
      },
      address: {
        zh: "江滨区晴川街道晴川大道188号 街道党群服务中心2楼",
        en: "2nd floor, Street Party and Public Service Centre, 188 Qingchuan Avenue, Qingchuan Street, Jiangbin District",
      },
      phone: "027-5555-0117",
      complaint_phone: "027-5555-0917",
      location: { lat: 30.5549, lon: 114.2769 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-agri",
      name: {
        zh: "江滨区农业农村局",
        en: "Jiangbin District Agriculture and Rural Affairs Bureau",
      },
      address: {
        zh: "江滨区丰收路3号",
        en: "3 Fengshou Road, Jiangbin District",
      },
      phone: "027-5555-0118",
      complaint_phone: "027-5555-0918",
      website: "https://example.gov.invalid/jiangbin/agriculture",
      location: { lat: 30.6243, lon: 114.3312 },
      hours: weekdaysOnly,
    },
    {
      code: "lh-street",
      name: {
        zh: "柳湖街道便民服务中心（农村经营管理站）",
        en: "Liuhu Street Service Centre (rural economy and land office)",
      },
      address: {
        zh: "江滨区柳湖街道柳湖大道1号",
        en: "1 Liuhu Avenue, Liuhu Street, Jiangbin District",
      },
      phone: "027-5555-0119",
      complaint_phone: "027-5555-0918",
      location: { lat: 30.7486, lon: 114.3817 },
      hours: withSaturdayMorning,
    },
    {
      code: "jb-veterans",
      name: {
        zh: "江滨区退役军人事务局（区退役军人服务中心）",
        en: "Jiangbin District Veterans Affairs Bureau (District Veterans Service Centre)",
      },
      address: {
        zh: "江滨区拥军路7号",
        en: "7 Yongjun Road, Jiangbin District",
      },
      phone: "027-5555-0120",
      complaint_phone: "027-5555-0920",
      website: "https://example.gov.invalid/jiangbin/veterans",
      location: { lat: 30.6054, lon: 114.2981 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-notary",
      name: {
        zh: "江滨区公证处",
        en: "Jiangbin District Notary Office",
      },
      address: {
        zh: "江滨区公正路15号 区公共法律服务中心2楼",
        en: "2nd floor, District Public Legal Services Centre, 15 Gongzheng Road, Jiangbin District",
      },
      phone: "027-5555-0121",
      complaint_phone: "027-5555-0915",
      website: "https://example.gov.invalid/jiangbin/notary",
      location: { lat: 30.5961, lon: 114.2874 },
      hours: withSaturdayMorning,
    },
    {
      code: "jb-women",
      name: {
        zh: "江滨区妇女联合会（妇女儿童维权服务站）",
        en: "Jiangbin District Women's Federation (women's and children's rights desk)",
      },
      address: {
        zh: "江滨区滨江大道188号 区政务服务中心5楼",
        en: "5th floor, District Government Service Centre, 188 Binjiang Avenue, Jiangbin District",
      },
      phone: "027-5555-0122",
      complaint_phone: "027-5555-0922",
      website: "https://example.gov.invalid/jiangbin/women",
      location: { lat: 30.5931, lon: 114.3052 },
      hours: weekdaysOnly,
    },
    {
      code: "jb-funeral",
      name: {
        zh: "江滨区殡仪馆（惠民殡葬服务窗口）",
        en: "Jiangbin District Funeral Home (funeral cost relief desk)",
      },
      address: {
        zh: "江滨区松柏路8号",
        en: "8 Songbai Road, Jiangbin District",
      },
      phone: "027-5555-0123",
      complaint_phone: "027-5555-0903",
      location: { lat: 30.6123, lon: 114.2717 },
      // A funeral home answers every day.
      hours: { ...weekdaysOnly, sat: officeHours, sun: officeHours },
    },
    {
      // Not one office but "your own community's station": its address, hours and phone are the community's
      // own (the places table), so none are repeated here.
      code: "community-station",
      name: {
        zh: "所在社区（村）党群服务中心",
        en: "Your community (village) service station",
      },
      address: {
        zh: "您所在社区（村）的党群服务中心，地址、电话和开放时间见本社区信息",
        en: "Your own community's (village's) service station: see your community's details for its address, phone and opening hours",
      },
    },
  ],

  groups: [
    { code: "jobs-social-security", name: { zh: "就业社保", en: "Jobs and social insurance" } },
    { code: "employment", parent: "jobs-social-security", name: { zh: "就业创业", en: "Jobs and starting a business" } },
    { code: "social-insurance", parent: "jobs-social-security", name: { zh: "社会保险", en: "Social insurance and pensions" } },
    { code: "welfare", name: { zh: "社会救助与民政", en: "Social assistance and welfare" } },
    { code: "assistance", parent: "welfare", name: { zh: "社会救助", en: "Financial assistance" } },
    { code: "elderly", parent: "welfare", name: { zh: "养老服务", en: "Older people" } },
    { code: "health", name: { zh: "医疗与健康", en: "Health and medical care" } },
    { code: "medical-insurance", parent: "health", name: { zh: "医疗保障", en: "Medical insurance" } },
    { code: "public-health", parent: "health", name: { zh: "公共卫生", en: "Public health services" } },
    { code: "residence", name: { zh: "户籍与居住", en: "Household registration and housing" } },
    { code: "hukou", parent: "residence", name: { zh: "户籍证件", en: "Hukou and ID" } },
    { code: "housing", parent: "residence", name: { zh: "住房", en: "Housing" } },
    { code: "family", name: { zh: "生育与家庭", en: "Children and family" } },
    { code: "labour-rights", name: { zh: "劳动权益", en: "Workers' rights" } },
    { code: "legal", name: { zh: "法律服务", en: "Legal help" } },
    { code: "party", name: { zh: "党群服务", en: "Party membership and volunteering" } },
    { code: "certificates", name: { zh: "证明开具", en: "Certificates and proof letters" } },
    { code: "rural", name: { zh: "农业农村", en: "Farming and village matters" } },
    { code: "disability", name: { zh: "残疾人服务", en: "People with disabilities" } },
    { code: "veterans", name: { zh: "退役军人服务", en: "Veterans" } },
    { code: "bereavement", name: { zh: "亲人去世后", en: "When someone dies" } },
  ],

  services: [
    // ── 就业创业 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "employment-registration",
      group: "employment",
      title: { zh: "就业登记", en: "Employment registration" },
      brief: {
        zh: "有了工作（打零工、做个体也算）就可以登记，以后领补贴、办失业登记都要用。",
        en: "Record that you are in work (odd jobs and self-employment count); later subsidies depend on it.",
      },
      summary: {
        zh: "在本区就业的劳动者（包括受雇、个体经营和灵活就业）可以办理就业登记，记录本人的就业状态。就业登记是享受就业补贴、社保补贴和日后办理失业登记的依据。单位招用员工由单位在30日内办理；自己干活的，可以在社区或网上自行登记。",
        en: "Records that you are in work — employed, self-employed or in flexible work. Job subsidies, social insurance subsidies and any later unemployment registration are based on it. Employers register new staff within 30 days; if you work for yourself, register at your community or online.",
      },
      eligibility: {
        zh: "法定劳动年龄内、在本区从事有收入工作的劳动者，包括外地户籍人员。",
        en: "Anyone of working age doing paid work in the district, including people whose hukou is elsewhere.",
      },
      materials: {
        zh: ["居民身份证", "劳动合同或单位用工证明（受雇的）", "营业执照（个体经营的）", "灵活就业情况说明（灵活就业的，可在社区现场填写）", "《就业创业证》（已有的请带上）"],
        en: ["Resident ID card", "Employment contract or a letter from your employer (if employed)", "Business licence (if self-employed)", "A short statement of your flexible work (can be filled in at the community)", "Your Employment and Entrepreneurship Card, if you already have one"],
      },
      steps: {
        zh: ["带身份证到社区党群服务中心劳动保障窗口，或登录省政务服务网自助登记", "填写《就业登记表》", "工作人员核对信息并当场录入系统", "登记结果记入电子《就业创业证》，可在网上查询"],
        en: ["Bring your ID card to the labour and social security desk at your community, or register yourself on the provincial government services website", "Fill in the employment registration form", "Staff check your details and enter them on the spot", "The registration is added to your electronic Employment and Entrepreneurship Card, which you can look up online"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["就业登记", "就业创业证", "就业证", "找到工作", "找到工作了", "上班登记", "入职登记", "新工作", "灵活就业登记", "打零工", "个体户", "自己做事", "就业失业登记证", "劳动保障"],
        en: ["employment registration", "register employment", "job registration", "got a job", "new job", "started work", "employed", "employment card", "flexible work", "self-employed", "odd jobs"],
      },
      access: "handled",
    },
    {
      code: "unemployment-registration",
      group: "employment",
      title: { zh: "失业登记", en: "Unemployment registration" },
      brief: {
        zh: "没有工作、想找工作的，登记后可以免费找工作、参加培训。",
        en: "Out of work and looking for a job? Register for free job matching and training.",
      },
      summary: {
        zh: "没有工作、又想找工作的，可以在常住地社区（村）或网上办理失业登记。登记后可以享受免费职业介绍、职业指导和培训补贴，也是申领失业保险金和认定就业困难人员的前提。外地户籍的常住人员也可以登记。",
        en: "If you are out of work and looking for a job, register as unemployed at the community where you live, or online. You then get free job matching, career advice and training subsidies, and it is the first step towards unemployment benefit. People whose hukou is elsewhere can register too.",
      },
      eligibility: {
        zh: "法定劳动年龄内、有劳动能力和就业愿望、目前处于无业状态的人员（包括外地户籍常住人员）。",
        en: "People of working age who are able and willing to work and currently have no job (including residents whose hukou is elsewhere).",
      },
      materials: {
        zh: ["居民身份证", "解除或终止劳动合同证明（离职证明），有的请带上", "《就业创业证》（已有的请带上）"],
        en: ["Resident ID card", "Proof that your employment ended (termination or resignation letter), if you have one", "Your Employment and Entrepreneurship Card, if you already have one"],
      },
      steps: {
        zh: ["到社区劳动保障窗口，或在省政务服务网、人社手机应用申请", "填写《失业登记表》，说明求职意向", "工作人员核验无就业、无在职参保记录后当场登记", "登记后社区每月会联系一次，推荐岗位和培训"],
        en: ["Go to the labour and social security desk at your community, or apply on the provincial services website or the social security app", "Fill in the unemployment registration form, including what kind of work you want", "Staff check that you have no current job or employer contributions and register you on the spot", "After that the community contacts you once a month with job openings and training"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["失业登记", "失业", "失业了", "没工作", "没有工作", "丢了工作", "工作丢了", "被辞退", "被裁员", "裁员", "辞职了", "下岗", "待业", "无业", "找工作", "失业证", "求职登记"],
        en: ["unemployment registration", "register as unemployed", "lost my job", "laid off", "fired", "out of work", "jobless", "unemployed", "looking for work", "job seeker", "redundant"],
      },
      access: "handled",
    },
    {
      code: "unemployment-benefit",
      group: "employment",
      title: { zh: "失业保险金申领", en: "Unemployment benefit" },
      brief: {
        zh: "交过失业保险满1年、不是自己要辞职的，失业后可以按月领钱。",
        en: "Paid unemployment insurance for a year and lost your job not by choice? You get monthly pay.",
      },
      summary: {
        zh: "参加了失业保险、单位和本人累计缴费满1年、非因本人意愿失业的，可以申领失业保险金，领取期间的医保费由失业保险基金代缴。可以在网上或区人社窗口申请，社区可以帮您在手机上一步步操作。",
        en: "If you paid into unemployment insurance for at least a year and lost your job through no choice of your own, you can claim unemployment benefit; while you receive it, your medical insurance contributions are paid for you. Apply online or at the district social security window — your community can walk you through it on your phone.",
      },
      eligibility: {
        zh: "非因本人意愿中断就业（被辞退、劳动合同到期单位不续签等）；失业前单位和本人已缴纳失业保险费满1年；已办理失业登记并有求职要求。自己主动辞职的一般不能领取。",
        en: "You lost your job through no choice of your own (dismissed, or your employer did not renew your contract); you and your employer paid unemployment insurance for at least one year; you have registered as unemployed and are looking for work. Quitting on your own usually does not qualify.",
      },
      materials: {
        zh: ["居民身份证或社会保障卡", "解除或终止劳动关系证明", "本人社会保障卡（已激活金融功能）或本人银行卡", "失业登记记录（社区可查询）"],
        en: ["Resident ID card or social security card", "Proof that your employment was ended", "Your own social security card with the bank function switched on, or your own bank card", "Your unemployment registration (the community can look it up)"],
      },
      steps: {
        zh: ["先办理失业登记", "在省政务服务网、人社手机应用或区人社窗口提交失业保险金申领", "人社部门核对缴费记录和离职原因", "审核通过后按月发放到社会保障卡，同时代缴医保费"],
        en: ["Register as unemployed first", "Claim unemployment benefit on the provincial services website, the social security app or at the district window", "The social security office checks your contributions and why your job ended", "Once approved, it is paid monthly to your social security card, and your medical insurance is paid for you"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "承诺5个工作日", en: "Within 5 working days" },
      keywords: {
        zh: ["失业金", "失业保险金", "失业保险", "失业补助金", "失业救济", "领失业金", "失业了能领钱吗", "失业领钱", "被裁员领钱", "失业补贴", "没工作领钱", "失业待遇"],
        en: ["unemployment benefit", "unemployment insurance", "unemployment benefits", "jobseeker's allowance", "dole", "benefits after losing my job", "money when laid off", "unemployment pay", "lost my job money"],
      },
      access: "assisted",
    },
    {
      code: "hard-to-employ-certification",
      group: "employment",
      title: { zh: "就业困难人员认定", en: "Certification as a hard-to-employ jobseeker" },
      brief: {
        zh: "年纪大、有残疾或家里困难、找工作难的，认定后有公益岗位和社保补贴。",
        en: "Hard to find work (older, disabled, low-income)? Once certified you get job help and subsidies.",
      },
      summary: {
        zh: "找工作确实困难的人员（如“4050”大龄失业人员、残疾人、低保家庭成员、零就业家庭成员等），可以申请认定为就业困难人员，享受公益性岗位安置、社保补贴和优先就业援助。社区受理并初审，区人社部门认定。",
        en: "If you find it genuinely hard to get work — an older jobseeker (women over 40, men over 50), a disabled person, a member of a dibao household or of a household where nobody works — you can be certified as hard to employ. That opens public-service jobs, social insurance subsidies and priority job help. Your community takes the application; the district social security bureau decides.",
      },
      eligibility: {
        zh: "已办理失业登记，并属于下列情形之一：女40周岁、男50周岁以上；持证残疾人；低保家庭成员；零就业家庭成员；连续失业一年以上；本市规定的其他情形。",
        en: "You are registered as unemployed and you are one of: a woman over 40 or a man over 50; a registered disabled person; a member of a dibao household; a member of a household where nobody has a job; unemployed for more than a year; another group set by the city.",
      },
      materials: {
        zh: ["居民身份证", "户口簿", "失业登记记录或《就业创业证》", "对应情形的证明：残疾人证、低保证等"],
        en: ["Resident ID card", "Household register (hukou booklet)", "Your unemployment registration or Employment and Entrepreneurship Card", "Proof of your situation: disability card, dibao certificate and so on"],
      },
      steps: {
        zh: ["到社区劳动保障窗口提交申请", "社区初审，必要时在社区公示", "区人社部门审核认定", "认定后进入就业援助名单，可申请公益性岗位和社保补贴"],
        en: ["Apply at the labour and social security desk of your community", "The community checks it and, where required, posts a public notice", "The district social security bureau decides", "Once certified you are on the job-assistance list and can apply for public-service jobs and social insurance subsidies"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "承诺10个工作日", en: "Within 10 working days" },
      keywords: {
        zh: ["就业困难人员", "就业困难", "就业困难认定", "4050", "四零五零", "大龄失业", "年纪大找不到工作", "零就业家庭", "公益性岗位", "公益岗", "社保补贴", "找不到工作", "就业援助", "托底安置"],
        en: ["hard to employ", "hard-to-employ", "difficulty finding work", "can't find a job", "older jobseeker", "too old to find work", "employment assistance", "public service job", "subsidised job", "social insurance subsidy"],
      },
      access: "assisted",
    },
    {
      code: "startup-guarantee-loan",
      group: "employment",
      title: { zh: "创业担保贷款", en: "Guaranteed start-up loan" },
      brief: {
        zh: "自己创业，可以申请政府担保、帮着付利息的小额贷款。",
        en: "Starting a business? A small loan the government guarantees and helps pay interest on.",
      },
      summary: {
        zh: "自主创业的高校毕业生、失业人员、返乡创业农民工、退役军人等，可以申请创业担保贷款，由政府担保基金担保、财政贴息，个人额度和贴息比例按当年政策执行。请直接向区就业创业服务中心和合作银行申请，社区不受理。",
        en: "Graduates, unemployed people, returning migrant workers, veterans and others who start their own business can apply for a start-up loan backed by the government guarantee fund, with part of the interest paid for them; limits and interest support follow this year's policy. Apply directly to the District Employment and Entrepreneurship Centre and a partner bank — communities do not take these applications.",
      },
      eligibility: {
        zh: "在本区创业并已取得营业执照等经营证明的符合条件人员；本人及配偶没有逾期贷款等不良信用记录。",
        en: "Eligible people who have started a business in the district and hold a business licence or similar; neither you nor your spouse may have overdue loans or a bad credit record.",
      },
      materials: {
        zh: ["身份证和户口簿", "营业执照", "《就业创业证》或相应身份证明（毕业证、退役证等）", "创业项目计划书", "经营场所租赁合同或产权证明", "配偶身份证和结婚证（已婚的）"],
        en: ["ID card and hukou booklet", "Business licence", "Employment and Entrepreneurship Card, or proof of your group (graduation certificate, discharge papers and so on)", "A business plan", "Lease or ownership papers for the premises", "Spouse's ID card and marriage certificate (if married)"],
      },
      steps: {
        zh: ["向区就业创业服务中心提交申请", "中心审核资格并实地查看经营场所", "担保机构审核并出具担保意见", "合作银行审批放款，按期还款可享贴息"],
        en: ["Apply to the District Employment and Entrepreneurship Centre", "The centre checks your eligibility and visits your premises", "The guarantee agency reviews and agrees the guarantee", "The partner bank approves and pays out the loan; repay on time to keep the interest support"],
      },
      agency: "jb-jobs",
      fee: { zh: "免费（贷款利息按合同）", en: "Free to apply (loan interest as agreed)" },
      time_limit: { zh: "承诺15个工作日（不含银行审批）", en: "Within 15 working days, plus the bank's own review" },
      keywords: {
        zh: ["创业贷款", "创业担保贷款", "贴息贷款", "无息贷款", "免息贷款", "小额贷款", "开店贷款", "做生意", "自己做生意", "创业", "创业补贴", "返乡创业", "大学生创业", "开店借钱", "开个小店"],
        en: ["business loan", "start-up loan", "startup loan", "small business loan", "interest-free loan", "start a business", "open a shop", "self-employment loan", "entrepreneur", "borrow money for my business"],
      },
      access: "not_here",
    },
    {
      code: "skills-training-subsidy",
      group: "employment",
      title: { zh: "职业技能培训补贴", en: "Vocational training subsidy" },
      brief: {
        zh: "学门手艺：不少培训免费，拿到证书还能领补贴。",
        en: "Learn a trade: many courses are free, and a certificate earns a subsidy.",
      },
      summary: {
        zh: "参加政府认定机构的职业技能培训，并取得职业资格证书或职业技能等级证书的，可以申请培训补贴；失业人员、农民工、脱贫人口等可以免费参加部分补贴性培训。社区可以帮您报名、提交补贴申请。",
        en: "If you take a course at an approved training provider and pass the vocational qualification or skill-level exam, you can claim a training subsidy; unemployed people, migrant workers and people recently out of poverty can take some courses for free. Your community can sign you up and file the claim with you.",
      },
      eligibility: {
        zh: "本市劳动年龄内的劳动者，参加补贴性培训项目并取得相应证书；同一职业同一等级只能享受一次补贴。",
        en: "Workers of working age in the city who complete a subsidised course and obtain the certificate; you can claim only once per trade and level.",
      },
      materials: {
        zh: ["居民身份证", "社会保障卡（补贴打到卡上）", "职业资格证书或职业技能等级证书", "培训机构出具的考勤记录和结业证明"],
        en: ["Resident ID card", "Social security card (the subsidy is paid to it)", "Vocational qualification or skill-level certificate", "Attendance record and completion letter from the training provider"],
      },
      steps: {
        zh: ["在人社手机应用“职业培训”栏目或到社区报名，选择培训项目", "参加培训并通过考核", "取得证书后提交补贴申请", "人社部门审核后，补贴发放到社会保障卡"],
        en: ["Sign up in the vocational training section of the social security app or at your community and pick a course", "Attend and pass the assessment", "Claim the subsidy once you have the certificate", "After review the subsidy is paid to your social security card"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "承诺20个工作日", en: "Within 20 working days" },
      keywords: {
        zh: ["技能培训", "职业培训", "培训补贴", "免费培训", "学技术", "学手艺", "学一门手艺", "考证", "考证补贴", "电工证", "育婴师", "月嫂培训", "家政培训", "厨师培训", "职业技能等级证书"],
        en: ["skills training", "vocational training", "training subsidy", "free course", "free training", "learn a trade", "job training", "certificate course", "training allowance", "learn new skills"],
      },
      access: "assisted",
    },

    // ── 社会保险 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "flexible-employment-insurance",
      group: "social-insurance",
      title: { zh: "灵活就业人员社保参保", en: "Social insurance for the self-employed and gig workers" },
      brief: {
        zh: "打零工、送外卖、开网约车的，可以自己交养老和医疗保险。",
        en: "Gig work or self-employed? Pay into pension and medical insurance yourself.",
      },
      summary: {
        zh: "个体工商户、非全日制人员和外卖、网约车等平台灵活就业人员，可以以个人身份参加职工基本养老保险和职工医保，按月或按年自己缴费；在就业地参保已不受户籍限制。社保断缴了可以接着续交，社区可以帮您在网上办理。",
        en: "Shopkeepers, part-timers and platform workers such as delivery riders and ride-hailing drivers can join the employee pension and medical insurance schemes as individuals, paying monthly or yearly; you no longer need a local hukou to join where you work. If your contributions stopped, you can pick them up again — your community can help you do it online.",
      },
      eligibility: {
        zh: "在本市灵活就业、年满16周岁且未达到法定退休年龄的人员，不受户籍限制。",
        en: "People aged 16 or over and below retirement age who do flexible work in the city, whatever their hukou.",
      },
      materials: {
        zh: ["居民身份证", "社会保障卡", "本人银行卡（签订扣费协议用）", "灵活就业登记记录（可现场办理）"],
        en: ["Resident ID card", "Social security card", "Your own bank card (for the direct debit)", "Your flexible-work registration (can be done on the spot)"],
      },
      steps: {
        zh: ["办理灵活就业登记", "在人社手机应用或区人社窗口申请参保，选择缴费基数档次", "签订银行或税务代扣协议（也可在税务手机应用自行缴费）", "按期缴费，随时在手机应用查询缴费记录"],
        en: ["Register your flexible work", "Apply to join on the social security app or at the district window and choose a contribution level", "Sign a direct-debit agreement with the bank or tax office (or pay yourself in the tax app)", "Pay on time and check your record in the app whenever you like"],
      },
      agency: "jb-hrss",
      fee: { zh: "办理免费；社保费按所选档次缴纳", en: "Free to apply; contributions depend on the level you choose" },
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["灵活就业社保", "灵活就业", "自己交社保", "个人交社保", "个人缴纳社保", "个人参保", "社保断缴", "社保断了", "断交社保", "续交社保", "接着交社保", "外卖骑手社保", "跑滴滴社保", "自由职业社保", "个体户社保", "交社保", "职工养老保险"],
        en: ["social insurance for self-employed", "pay social insurance myself", "flexible employment", "freelancer social insurance", "gig worker pension", "delivery rider insurance", "social insurance gap", "missed contributions", "resume social insurance", "pension contributions", "self-employed pension"],
      },
      access: "assisted",
    },
    {
      code: "resident-pension-insurance",
      group: "social-insurance",
      title: { zh: "城乡居民基本养老保险参保", en: "Residents' basic pension scheme" },
      brief: {
        zh: "没有单位的居民（包括农民）每年交一次，满60岁后按月领养老金。",
        en: "No employer's pension? Pay once a year and draw a monthly pension from 60.",
      },
      summary: {
        zh: "没有参加职工养老保险的城乡居民（比如农民、没有工作的居民），可以参加城乡居民基本养老保险：每年选一个缴费档次交费，政府给予补贴，年满60周岁后按月领取养老金。社区（村）可以代办参保登记。",
        en: "If you are not in the employee pension scheme — farmers, people without a job — you can join the residents' basic pension: pay once a year at a level you choose, the government adds a subsidy, and from age 60 you receive a monthly pension. Your community or village can sign you up on your behalf.",
      },
      eligibility: {
        zh: "年满16周岁（在校学生除外）、未参加职工基本养老保险的本市户籍城乡居民。",
        en: "Residents with a local hukou aged 16 or over (not full-time students) who are not in the employee pension scheme.",
      },
      materials: {
        zh: ["居民身份证", "户口簿", "社会保障卡或本人银行卡"],
        en: ["Resident ID card", "Hukou booklet", "Social security card or your own bank card"],
      },
      steps: {
        zh: ["到社区（村）提出参保申请，或在人社手机应用登记", "填写《城乡居民基本养老保险参保登记表》", "选择缴费档次，通过税务手机应用或银行缴费", "年满60周岁时向社区（村）申请领取养老金"],
        en: ["Apply at your community or village, or register in the social security app", "Fill in the residents' pension enrolment form", "Choose a contribution level and pay through the tax app or a bank", "When you turn 60, apply at your community or village to start drawing the pension"],
      },
      agency: "jb-hrss",
      fee: { zh: "办理免费；保费按所选档次缴纳", en: "Free to apply; contributions depend on the level you choose" },
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["城乡居民养老保险", "居民养老保险", "居民养老", "农村养老保险", "新农保", "城居保", "农民养老", "农民养老保险", "没工作交养老", "养老保险", "养老金", "交养老保险", "60岁领养老金", "退休金", "老了领钱", "居民社保"],
        en: ["resident pension", "rural pension", "pension scheme", "pension insurance", "pension for farmers", "pension without a job", "basic pension", "retirement pension", "pay into a pension", "old age pension", "state pension"],
      },
      access: "handled",
      proxy: true,
    },
    {
      code: "pension-qualification-check",
      group: "social-insurance",
      title: { zh: "养老金领取资格认证", en: "Annual pension verification (proof of life)" },
      brief: {
        zh: "领养老金的人每年确认一次（手机刷脸就行），不确认会停发。",
        en: "Pensioners confirm once a year (a face check on a phone will do), or payments stop.",
      },
      summary: {
        zh: "领取养老金的人每年要做一次领取资格认证（俗称“生存认证”），确认仍符合领取条件，超期未认证可能暂停发放。可以在手机应用上刷脸完成；不会用手机或卧床的老人，社区工作人员可以上门协助。社区不再开“在世证明”，认证就是替代办法。",
        en: "Everyone drawing a pension must confirm once a year that they are still entitled (the 'proof of life' check); if it lapses, payments can be suspended. It is done by face scan in a phone app; for older people who can't use a phone or are bedridden, community staff can come and help. Communities no longer issue 'still alive' letters — this check replaces them.",
      },
      eligibility: {
        zh: "正在领取职工基本养老金或城乡居民养老金的人员。",
        en: "Anyone receiving an employee pension or a residents' pension.",
      },
      materials: {
        zh: ["居民身份证", "社会保障卡", "一部能刷脸的智能手机（子女的也可以）"],
        en: ["Resident ID card", "Social security card", "A smartphone that can do a face scan (a family member's is fine)"],
      },
      steps: {
        zh: ["打开人社手机应用或国家社会保险公共服务平台，进入“待遇资格认证”", "按提示完成人脸识别", "认证成功后可以查询结果和下次认证时间", "不会操作、行动不便的，联系社区预约上门认证"],
        en: ["Open the social security app or the national social insurance service platform and choose 'pension entitlement verification'", "Follow the prompts to do the face scan", "Once it succeeds you can see the result and when the next check is due", "If you can't do it yourself or can't get out, ask your community to book a home visit"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["养老金认证", "生存认证", "资格认证", "刷脸认证", "养老金年审", "年审", "养老金停发了", "养老金暂停", "养老金没到账", "在世证明", "活着证明", "待遇认证", "人脸识别", "退休金认证"],
        en: ["pension verification", "proof of life", "life certificate", "annual pension check", "face verification", "pension stopped", "pension suspended", "pension not paid", "pensioner check", "still alive certificate"],
      },
      access: "assisted",
    },
    {
      code: "social-security-card",
      group: "social-insurance",
      title: { zh: "社会保障卡申领和补换", en: "Social security card: apply, replace or renew" },
      brief: {
        zh: "第一次办、丢了或坏了的社保卡，都在这里申请。",
        en: "Apply for a first, lost or damaged social security card.",
      },
      summary: {
        zh: "社保卡用来看病刷卡结算、领取养老金和各类补贴。首次申领、损坏换卡、丢失补卡，都可以在合作银行网点、区人社窗口或手机应用办理；丢了要先挂失。行动不便的老人可以由社区或家人代办。",
        en: "The social security card is what you use to pay at the doctor's with your medical insurance and to receive your pension and allowances. First cards, damaged cards and lost cards can all be dealt with at partner banks, the district social security window or in the app; if it is lost, report it first. Community staff or family can apply for older people who can't get out.",
      },
      eligibility: {
        zh: "在本市参加社会保险的人员。",
        en: "Anyone insured in the city's social insurance schemes.",
      },
      materials: {
        zh: ["居民身份证", "近期免冠证件照（网上办理可拍照上传）", "代办人身份证和委托书（代办的）"],
        en: ["Resident ID card", "A recent passport-style photo (you can upload one when applying online)", "The proxy's ID card and a letter of authorisation (if someone applies for you)"],
      },
      steps: {
        zh: ["丢失的先通过电话、手机应用或银行网点挂失", "到合作银行网点、区人社窗口或在手机应用提交申领", "选择领卡网点（即时制卡网点可当场拿卡）", "领卡后启用金融功能"],
        en: ["If the card is lost, report it by phone, in the app or at a bank branch", "Apply at a partner bank, the district window or in the app", "Choose where to collect it (some branches print it while you wait)", "Switch on the bank function when you get it"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "即时制卡网点即办；其他承诺10个工作日", en: "On the spot at instant-issue branches; otherwise within 10 working days" },
      keywords: {
        zh: ["社保卡", "社保卡丢了", "补办社保卡", "社保卡挂失", "换社保卡", "办社保卡", "电子社保卡", "医保卡丢了", "第三代社保卡", "社保卡激活", "社保卡坏了"],
        en: ["social security card", "lost social security card", "replace my card", "social insurance card", "new social security card", "activate card", "card damaged"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 社会救助 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "minimum-living-allowance",
      group: "assistance",
      title: { zh: "最低生活保障（低保）", en: "Minimum living allowance (dibao)" },
      brief: {
        zh: "家里每人每月的收入低于当地标准的，可以按月领低保金。",
        en: "If your household's income per person is below the local line, you get a monthly allowance.",
      },
      summary: {
        zh: "家庭人均收入低于当地低保标准、家庭财产也符合规定的城乡居民，可以申请最低生活保障，按月领取低保金，并配套享受医疗救助、水电气费减免等。城市低保和农村低保都向户籍地街道（乡镇）申请，社区（村）可以帮您准备材料、代为提交。",
        en: "If your household's income per person is below the local minimum and its savings and property are within the limits, you can apply for the minimum living allowance (dibao): a monthly payment, plus help with medical bills and utility charges. Urban and rural dibao are both applied for at the street (township) office of your hukou — your community or village can prepare the papers with you and hand them in for you.",
      },
      eligibility: {
        zh: "共同生活的家庭成员人均收入低于当地低保标准，家庭存款、房产、车辆等财产符合规定，并在本地有户籍。重病、重残人员可按规定单独申请。",
        en: "The household's income per person is below the local dibao line, its savings, homes and vehicles are within the limits, and you hold a local hukou. People with a serious illness or severe disability can, under the rules, apply on their own.",
      },
      materials: {
        zh: ["户口簿和全部家庭成员身份证", "低保申请书（社区可帮您填写）", "家庭收入情况说明（工资、养老金、租金等）", "家庭经济状况核对授权书（全体成年家庭成员签字）", "残疾人证、病历、医疗费票据等（如有）", "社会保障卡或本人银行卡"],
        en: ["Hukou booklet and the ID cards of everyone in the household", "Application letter (the community can help you write it)", "A statement of household income (wages, pensions, rent and so on)", "Consent for the financial check, signed by every adult in the household", "Disability card, medical records and bills, if any", "Social security card or your own bank card"],
      },
      steps: {
        zh: ["向社区（村）提出申请，填写申请书（可由社区代为提交）", "社区协助入户调查、收集材料，报街道", "民政部门开展家庭经济状况信息核对", "街道审核，结果在社区公示7天", "审批通过后下个月起按月发放低保金"],
        en: ["Tell your community or village you want to apply and fill in the form (they can hand it in for you)", "The community visits your home, collects the papers and sends them to the street office", "Civil affairs runs the household financial check", "The street office reviews it and the result is posted at the community for 7 days", "Once approved, the allowance is paid every month from the following month"],
      },
      agency: "jb-civil",
      fee: free,
      time_limit: { zh: "承诺30个工作日", en: "Within 30 working days" },
      keywords: {
        zh: ["低保", "吃低保", "办低保", "申请低保", "最低生活保障", "低保金", "低保户", "城市低保", "农村低保", "家里困难", "生活困难", "没收入", "没有收入", "低收入", "救济", "救济金", "困难补助", "生活补助", "穷", "揭不开锅"],
        en: ["dibao", "minimum living allowance", "minimum income", "welfare", "welfare benefits", "low income", "financial help", "benefits", "poor family", "can't make ends meet", "social assistance", "subsistence allowance", "no income"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "extreme-poverty-support",
      group: "assistance",
      title: { zh: "特困人员救助供养", en: "Support for people in extreme poverty" },
      brief: {
        zh: "不能干活、没有收入、也没人养的老人、残疾人和孩子，由政府供养。",
        en: "Older and disabled people and children who can't work and have no one to support them are cared for.",
      },
      summary: {
        zh: "无劳动能力、无生活来源、也没有赡养抚养义务人（或义务人没有能力）的老年人、残疾人和未成年人，可以申请特困人员救助供养，保障基本生活、照料护理、疾病治疗和丧葬。可以选择在家分散供养，也可以入住敬老院集中供养。社区可以代为申请。",
        en: "Older people, disabled people and children who cannot work, have no income and have no relative obliged and able to support them can be taken into extreme-poverty support: basic living costs, personal care, medical treatment and funeral costs are covered. They can be supported at home or move into a care home (敬老院). Your community can apply on their behalf.",
      },
      eligibility: {
        zh: "同时符合“三无”条件：无劳动能力；无生活来源；无法定赡养、抚养、扶养义务人，或者义务人无履行义务能力。",
        en: "All three must apply: unable to work; no means of support; and no relative legally obliged to support them, or none able to.",
      },
      materials: {
        zh: ["户口簿和身份证", "申请书（可由社区代写）", "残疾人证或病历（证明无劳动能力）", "本人收入和财产情况说明", "社会保障卡或银行卡"],
        en: ["Hukou booklet and ID card", "Application letter (the community can write it for you)", "Disability card or medical records showing inability to work", "A statement of income and property", "Social security card or bank card"],
      },
      steps: {
        zh: ["本人或由社区代为向街道提出申请", "社区入户调查并公示", "民政部门核对和审批", "确定分散供养或集中供养，签订照料服务协议"],
        en: ["Apply to the street office yourself, or let the community apply for you", "The community visits and posts a public notice", "Civil affairs checks and approves", "Support at home or in a care home is agreed and a care agreement is signed"],
      },
      agency: "jb-civil",
      fee: free,
      time_limit: { zh: "承诺30个工作日", en: "Within 30 working days" },
      keywords: {
        zh: ["特困", "特困供养", "特困人员", "五保", "五保户", "孤寡老人", "三无人员", "无儿无女", "没人养", "没人管", "敬老院", "孤儿", "集中供养", "分散供养"],
        en: ["extreme poverty", "destitute", "no family to support me", "nobody to look after", "elderly with no children", "care home", "orphan", "five guarantees", "no income no family"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "temporary-assistance",
      group: "assistance",
      title: { zh: "临时救助", en: "Emergency assistance" },
      brief: {
        zh: "遇到火灾、车祸、突发重病，生活一下子困难了，可以申请一次性救助。",
        en: "After a fire, accident or sudden illness leaves you in hardship, apply for one-off help.",
      },
      summary: {
        zh: "因火灾、交通事故、突发重病等意外，家庭基本生活一时陷入严重困难的，可以申请临时救助，一次性给予救助金或实物帮助；情况紧急的先救助、后补手续。外地户籍在本地遇到困难的，也可以向居住地申请。",
        en: "If a fire, a road accident, a sudden serious illness or similar leaves your household unable to cover basic needs, you can apply for emergency assistance: a one-off payment or help in kind. In urgent cases help comes first and the paperwork later. People whose hukou is elsewhere can apply where they live.",
      },
      eligibility: {
        zh: "因突发事件、意外伤害、重大疾病或其他特殊原因导致基本生活暂时出现严重困难，其他救助暂时无法覆盖的家庭或个人。",
        en: "Households or individuals whose basic living is suddenly at risk because of an emergency, accident, serious illness or other special cause, and whom other assistance cannot yet cover.",
      },
      materials: {
        zh: ["身份证和户口簿（或居住证）", "申请书（社区可帮您填写）", "遭遇困难的证明：医疗费票据、事故或火灾证明等", "社会保障卡或本人银行卡"],
        en: ["ID card and hukou booklet (or residence permit)", "Application form (the community can help)", "Proof of what happened: medical bills, accident or fire report and so on", "Social security card or your own bank card"],
      },
      steps: {
        zh: ["向社区或街道提出申请；紧急情况直接打社区电话或12345", "社区核实情况", "街道审批（紧急小额救助可先行发放）", "救助金发放到银行卡，或给予实物帮助"],
        en: ["Apply at your community or street office; in an emergency call the community or the 12345 hotline", "The community checks what happened", "The street office approves (small urgent payments can be made at once)", "The money is paid to your bank card, or help is given in kind"],
      },
      agency: "jb-civil",
      fee: free,
      time_limit: { zh: "一般10个工作日；紧急情况先行救助", en: "Usually 10 working days; immediate help in emergencies" },
      keywords: {
        zh: ["临时救助", "急难救助", "突发困难", "家里出事", "家里出事了", "着火", "家里着火了", "房子烧了", "火灾", "车祸", "突发重病", "看不起病", "救急", "应急救助", "一次性补助", "生活困难", "遇到困难", "得了重病", "生了大病"],
        en: ["emergency assistance", "emergency help", "one-off payment", "crisis grant", "sudden hardship", "house fire", "accident", "serious illness", "urgent help", "emergency money"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 养老服务 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "old-age-allowance",
      group: "elderly",
      title: { zh: "高龄津贴", en: "Old-age allowance for people over 80" },
      brief: {
        zh: "本市户口、满80岁的老人，每个月都能领高龄津贴。",
        en: "People aged 80 or over with a local hukou get a monthly allowance.",
      },
      summary: {
        zh: "本市户籍、年满80周岁的老年人可以按月领取高龄津贴，年龄越大标准越高，具体按本市公布的分档标准发放。由社区受理，子女或社区工作人员都可以代为申请，满80周岁的下个月开始发。",
        en: "Older people with a local hukou who have turned 80 receive a monthly old-age allowance; the older you are, the higher the rate, following the city's published bands. Apply at your community — children or community staff can apply on the older person's behalf. It is paid from the month after the 80th birthday.",
      },
      eligibility: {
        zh: "本市户籍、年满80周岁的老年人。",
        en: "People aged 80 or over with a hukou in the city.",
      },
      materials: {
        zh: ["老人身份证", "户口簿", "老人本人的社会保障卡或银行卡", "代办人身份证（代办的）"],
        en: ["The older person's ID card", "Hukou booklet", "The older person's own social security card or bank card", "The proxy's ID card (if someone applies for them)"],
      },
      steps: {
        zh: ["到社区提交申请（子女或社区工作人员可代办）", "社区核对年龄和户籍", "街道审核、区民政局审批", "下个月起按月发放到老人的社保卡或银行卡"],
        en: ["Apply at your community (children or community staff can do it for the older person)", "The community checks age and hukou", "The street office reviews it and the district civil affairs bureau approves", "It is paid monthly to the older person's card from the following month"],
      },
      agency: "jb-civil",
      fee: free,
      time_limit: { zh: "承诺15个工作日", en: "Within 15 working days" },
      keywords: {
        zh: ["高龄津贴", "高龄补贴", "老人补贴", "老年人补贴", "老人津贴", "老年补贴", "尊老金", "敬老金", "长寿金", "长寿补贴", "八十岁", "80岁", "八十多岁", "80多岁", "八十多了", "九十岁", "90岁", "百岁老人", "老人每月补贴", "老人领钱", "老年人补助"],
        en: ["old age allowance", "old-age allowance", "elderly allowance", "senior allowance", "allowance for over 80s", "80 years old", "over 80", "aged 80", "90 years old", "longevity allowance", "money for elderly parents", "seniors subsidy", "grandmother", "grandfather"],
      },
      access: "handled",
      proxy: true,
    },
    {
      code: "home-elderly-care",
      group: "elderly",
      title: { zh: "居家养老服务", en: "Home care for older people" },
      brief: {
        zh: "老人在家也能有人上门送饭、打扫、洗澡、陪着看病。",
        en: "Help at home for older people: meals, cleaning, bathing, company to the doctor.",
      },
      summary: {
        zh: "独居、空巢、失能或高龄的老人，可以申请居家养老上门服务：助餐、助洁、助浴、陪同就医和紧急呼叫等；低保、特困、失能等符合条件的老人可以享受政府购买服务补贴。社区养老服务站可以上门评估、帮您预约。",
        en: "Older people who live alone, whose children live away, who can no longer look after themselves or who are very old can get help at home: meals, cleaning, bathing, someone to go with them to the doctor, and an emergency call button. Those on dibao, in extreme-poverty support or unable to care for themselves can have it paid for by the government. The community elderly care station will assess needs at home and book the help.",
      },
      eligibility: {
        zh: "居住在本区的60周岁以上老年人都可以预约有偿服务；低保、特困、失能、高龄等符合条件的老人可申请补贴服务。",
        en: "Anyone aged 60 or over living in the district can book paid help; older people on dibao, in extreme-poverty support, unable to care for themselves or very old can apply for subsidised help.",
      },
      materials: {
        zh: ["老人身份证", "户口簿或居住证", "低保证、残疾人证等享受补贴的证明（如有）", "紧急联系人电话"],
        en: ["The older person's ID card", "Hukou booklet or residence permit", "Proof of entitlement to subsidy, such as a dibao or disability card (if any)", "An emergency contact's phone number"],
      },
      steps: {
        zh: ["向社区或社区养老服务站提出需求", "工作人员上门评估老人的身体状况和需求", "确定服务项目和补贴资格", "签约后服务机构按约上门服务"],
        en: ["Tell your community or its elderly care station what help is needed", "Staff visit to assess the older person's health and needs", "The services and any subsidy are agreed", "After signing, the care provider comes as arranged"],
      },
      agency: "jb-civil",
      fee: { zh: "评估免费；服务按项目收费，符合条件的由政府补贴", en: "Assessment free; services are charged, or subsidised for those who qualify" },
      time_limit: { zh: "承诺10个工作日内完成评估", en: "Assessment within 10 working days" },
      keywords: {
        zh: ["居家养老", "上门服务", "养老服务", "老人没人照顾", "独居老人", "空巢老人", "失能老人", "助餐", "老年食堂", "社区食堂", "送餐", "助浴", "保洁", "陪诊", "护工", "养老院", "日间照料", "一键呼叫", "照顾老人"],
        en: ["home care", "elderly care", "care for elderly parents", "meals for seniors", "meals on wheels", "home help", "day care centre", "nursing care", "old person living alone", "carer", "look after my mother", "look after my father"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "senior-preferential-card",
      group: "elderly",
      title: { zh: "老年人优待证", en: "Senior citizen card" },
      brief: {
        zh: "满60岁可以办老年人优待证，坐公交、逛公园有优惠或免费。",
        en: "From 60, a seniors' card gives cheaper or free buses and parks.",
      },
      summary: {
        zh: "年满60周岁的老年人可以办理老年人优待证（敬老卡），凭证享受公交乘车优惠、公园景点门票减免、就医优先等优待，年龄更大的按本市规定享受更多免费项目。社区可以现场受理，子女也可以代办或在网上申请。",
        en: "People aged 60 and over can get a senior citizen card, which gives cheaper (or free) buses, reduced or free entry to parks and sights, priority at hospitals and more, with extra benefits at older ages under the city's rules. Apply at your community; children can apply for their parents, or do it online.",
      },
      eligibility: {
        zh: "年满60周岁的本市户籍老年人；常住本市的外地老年人按本市规定享受同等优待。",
        en: "People aged 60 or over with a local hukou; older people from elsewhere who live in the city get the same treatment under the city's rules.",
      },
      materials: {
        zh: ["老人身份证", "近期一寸免冠照片（或现场拍照）", "户口簿（外地户籍带居住证）", "代办人身份证（代办的）"],
        en: ["The older person's ID card", "A recent passport-size photo (or one taken on the spot)", "Hukou booklet (or residence permit for people from elsewhere)", "The proxy's ID card (if someone applies for them)"],
      },
      steps: {
        zh: ["到社区提交申请，或在网上申请", "社区核对身份信息", "统一制证", "社区通知领取，或邮寄到家"],
        en: ["Apply at your community or online", "The community checks the details", "The card is printed", "The community lets you know when to collect it, or it is posted to you"],
      },
      agency: "jb-civil",
      fee: free,
      time_limit: { zh: "承诺10个工作日", en: "Within 10 working days" },
      keywords: {
        zh: ["老年人优待证", "老年证", "老人证", "敬老卡", "老年卡", "老年公交卡", "老人免费坐公交", "坐公交免费", "公园门票", "景点免票", "60岁", "六十岁", "65岁", "70岁", "老人优惠"],
        en: ["senior card", "seniors card", "senior citizen card", "elderly card", "old age card", "senior discount", "free bus for seniors", "bus pass", "pensioner bus pass", "discount for old people"],
      },
      access: "handled",
      proxy: true,
    },

    // ── 残疾人服务 ───────────────────────────────────────────────────────────────────────────────────
    {
      code: "disability-card",
      group: "disability",
      title: { zh: "残疾人证办理", en: "Disability card" },
      brief: {
        zh: "有残疾的可以办残疾人证，凭证享受补贴和各种优惠。",
        en: "A disability card opens allowances, rehabilitation and travel discounts.",
      },
      summary: {
        zh: "视力、听力、言语、肢体、智力、精神残疾的人员，可以申请第二代残疾人证，凭证享受各项补贴、康复、就业扶持和出行优惠。先提出申请，再到残联指定医院做残疾评定，区残联审核发证；社区可以帮您网上申请、预约评定。",
        en: "People with a visual, hearing, speech, physical, intellectual or mental disability can apply for the disability card, which opens allowances, rehabilitation, job support and travel discounts. You apply, get assessed at a hospital named by the Disabled Persons' Federation, and the district federation issues the card; your community can apply online for you and book the assessment.",
      },
      eligibility: {
        zh: "本区户籍的残疾人（按规定也可在居住地申请）；未成年人和智力、精神残疾人由监护人申请。",
        en: "Disabled people with a hukou in the district (or, where the rules allow, where they live); guardians apply for children and for people with an intellectual or mental disability.",
      },
      materials: {
        zh: ["居民身份证和户口簿", "近期两寸白底免冠照片", "相关病历和检查报告", "监护人身份证（监护人代为申请的）"],
        en: ["ID card and hukou booklet", "A recent 2-inch photo on a white background", "Relevant medical records and test results", "Guardian's ID card (if the guardian applies)"],
      },
      steps: {
        zh: ["在全国残疾人证申请平台或社区提交申请", "到残联指定的评定医院进行残疾评定", "区残联审核评定结果", "制发残疾人证，社区通知领取"],
        en: ["Apply on the national disability card platform or at your community", "Be assessed at a hospital named by the Disabled Persons' Federation", "The district federation reviews the assessment", "The card is issued and the community tells you when to collect it"],
      },
      agency: "jb-dpf",
      fee: { zh: "免费（评定费按规定减免）", en: "Free (assessment fees waived under the rules)" },
      time_limit: { zh: "评定后承诺20个工作日", en: "Within 20 working days after the assessment" },
      keywords: {
        zh: ["残疾证", "残疾人证", "办残疾证", "残疾", "残疾人", "残疾鉴定", "残疾评定", "伤残", "残疾等级", "肢体残疾", "智力残疾", "精神残疾", "听力残疾", "视力残疾", "残疾证换证", "残疾证过期", "残联"],
        en: ["disability card", "disability certificate", "disabled", "disabled person's card", "disability assessment", "registered disabled", "disability registration", "handicapped", "blind", "deaf", "wheelchair user"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "disability-subsidies",
      group: "disability",
      title: {
        zh: "残疾人两项补贴（困难残疾人生活补贴和重度残疾人护理补贴）",
        en: "Disability allowances (living allowance and care allowance)",
      },
      brief: {
        zh: "困难残疾人每月有生活补贴，重度残疾人每月有护理补贴。",
        en: "Monthly living and care allowances for disabled people in hardship or with severe disability.",
      },
      summary: {
        zh: "“两项补贴”是困难残疾人生活补贴和重度残疾人护理补贴：低保家庭中的残疾人可以领生活补贴，一、二级重度残疾人（以及三级智力、精神残疾人）可以领护理补贴，两项可以同时享受，按月发放。社区可以代为申请。",
        en: "There are two: a living allowance for disabled people in dibao households, and a care allowance for people with a severe (grade 1 or 2) disability, or a grade 3 intellectual or mental disability. You can receive both, paid monthly. Your community can apply on your behalf.",
      },
      eligibility: {
        zh: "持第二代残疾人证；生活补贴：低保家庭中的残疾人（部分地方扩大到低保边缘家庭）；护理补贴：残疾等级为一、二级，或三级智力、精神残疾。",
        en: "You hold the disability card; living allowance: disabled people in dibao households (in some places also near-dibao households); care allowance: grade 1 or 2 disability, or a grade 3 intellectual or mental disability.",
      },
      materials: {
        zh: ["残疾人证", "居民身份证和户口簿", "低保证（申请生活补贴的）", "社会保障卡或本人银行卡", "代办人身份证（代办的）"],
        en: ["Disability card", "ID card and hukou booklet", "Dibao certificate (for the living allowance)", "Social security card or your own bank card", "The proxy's ID card (if someone applies for you)"],
      },
      steps: {
        zh: ["本人或委托社区代为提交申请（也可网上申请）", "社区初审，核对低保和残疾等级", "街道审核，区民政局会同残联审定", "下个月起按月发放"],
        en: ["Apply yourself or ask the community to apply for you (online applications also work)", "The community checks dibao status and disability grade", "The street office reviews it; the district civil affairs bureau decides with the Disabled Persons' Federation", "Paid monthly from the following month"],
      },
      agency: "jb-civil",
      fee: free,
      time_limit: { zh: "承诺20个工作日", en: "Within 20 working days" },
      keywords: {
        zh: ["残疾人两项补贴", "两项补贴", "残疾补贴", "残疾人补贴", "困难残疾人生活补贴", "重度残疾人护理补贴", "护理补贴", "残疾人生活补贴", "残疾人补助", "残疾人每月补贴", "重残补贴", "瘫痪在床", "残疾领钱"],
        en: ["disability allowance", "disability benefits", "disability benefit", "care allowance", "severe disability allowance", "living allowance for disabled", "disabled subsidy", "carer allowance", "money for disabled"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "assistive-devices",
      group: "disability",
      title: { zh: "残疾人辅助器具适配（轮椅、助听器等）", en: "A wheelchair, hearing aid or other assistive device" },
      brief: {
        zh: "残疾人可以免费或便宜地领到轮椅、助听器等辅助器具。",
        en: "Wheelchairs, hearing aids and other aids for disabled people, free or subsidised.",
      },
      summary: {
        zh: "有需要的残疾人可以申请免费或补贴适配轮椅、助行器、助听器、盲杖、假肢、护理床等辅助器具，残联组织专业评估后发放或上门安装。社区可以帮您登记需求、提交申请。",
        en: "Disabled people can get wheelchairs, walking frames, hearing aids, white canes, prostheses, care beds and other aids free or subsidised; the Disabled Persons' Federation assesses what fits and delivers or installs it. Your community can record what you need and apply for you.",
      },
      eligibility: {
        zh: "持有残疾人证的残疾人，困难家庭和重度残疾人优先。",
        en: "Holders of the disability card; low-income households and people with severe disabilities come first.",
      },
      materials: {
        zh: ["残疾人证", "居民身份证", "医生的适配建议或评估报告（如有）"],
        en: ["Disability card", "ID card", "A doctor's recommendation or assessment, if you have one"],
      },
      steps: {
        zh: ["向社区或区残联提出需求", "残联组织专业人员评估", "确定适配的器具和补贴标准", "发放器具或上门安装调试"],
        en: ["Tell your community or the district federation what you need", "Specialists assess you", "The device and subsidy are agreed", "The device is handed over, or installed and adjusted at home"],
      },
      agency: "jb-dpf",
      fee: { zh: "免费或按规定补贴", en: "Free or subsidised under the rules" },
      time_limit: { zh: "承诺30个工作日", en: "Within 30 working days" },
      keywords: {
        zh: ["辅助器具", "辅具", "轮椅", "助听器", "拐杖", "助行器", "假肢", "盲杖", "护理床", "免费轮椅", "残疾人用品"],
        en: ["assistive devices", "wheelchair", "free wheelchair", "hearing aid", "walking frame", "walker", "crutches", "prosthesis", "prosthetic leg", "mobility aid", "care bed"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 退役军人服务 ─────────────────────────────────────────────────────────────────────────────────
    {
      code: "veteran-preferential-card",
      group: "veterans",
      title: { zh: "退役军人优待证", en: "Veterans' preferential card" },
      brief: {
        zh: "退役军人和烈士家属可以领优待证，坐车、看病等有优待。",
        en: "Veterans and martyrs' families get a card with travel and medical benefits.",
      },
      summary: {
        zh: "退役军人和烈士遗属等优抚对象可以申领《退役军人和其他优抚对象优待证》，凭证享受交通、文化旅游、医疗等方面的优待。社区（村）退役军人服务站可以帮您提交申请、采集照片，区退役军人事务局审核、统一制发。",
        en: "Veterans and other entitled people, such as the families of fallen service members, can apply for the preferential card, which gives benefits on transport, at cultural and tourist sites, in hospitals and more. The veterans' service station at your community or village can file the application and take your photo; the district Veterans Affairs Bureau approves and issues it.",
      },
      eligibility: {
        zh: "已在退役军人事务部门登记的退役军人，以及烈士遗属、因公牺牲军人遗属、病故军人遗属等优抚对象。",
        en: "Veterans registered with veterans affairs, and the families of service members who were killed, died on duty or died of illness in service.",
      },
      materials: {
        zh: ["居民身份证", "退伍证、退役证或其他退役证明", "近期两寸白底免冠照片（或现场采集）", "遗属身份证明（烈属等申领的）"],
        en: ["Resident ID card", "Discharge certificate or other proof of service", "A recent 2-inch photo on a white background (or taken on the spot)", "Proof of family relationship (for families of the fallen)"],
      },
      steps: {
        zh: ["到社区（村）退役军人服务站或在网上提交申请", "采集照片和个人信息", "区退役军人事务局审核", "统一制证后通知领取"],
        en: ["Apply at your community's (village's) veterans' service station or online", "Your photo and details are taken", "The district Veterans Affairs Bureau reviews it", "Cards are printed in batches and you are told when to collect yours"],
      },
      agency: "jb-veterans",
      fee: free,
      time_limit: { zh: "审核承诺15个工作日，制证时间以统一安排为准", en: "Review within 15 working days; printing follows the national batch schedule" },
      keywords: {
        zh: ["退役军人优待证", "优待证", "军人优待证", "退伍军人", "退役军人", "当过兵", "当兵", "退伍证", "复员军人", "转业军人", "老兵", "烈属", "军属", "退役军人服务站"],
        en: ["veterans card", "veteran card", "veteran preferential card", "veteran", "ex-serviceman", "former soldier", "served in the army", "military veteran", "veterans discount", "army"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 医疗保障 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "resident-medical-insurance",
      group: "medical-insurance",
      title: { zh: "城乡居民基本医疗保险参保（居民医保）", en: "Residents' medical insurance: joining and paying" },
      brief: {
        zh: "没有单位医保的老人、孩子和农民，每年交一次居民医保。",
        en: "No employer's medical insurance? Pay resident medical insurance once a year.",
      },
      summary: {
        zh: "没有参加职工医保的城乡居民（老人、儿童、学生、没有工作的人和农村居民）可以参加城乡居民医保，在每年的集中缴费期内缴纳下一年度的费用，政府按人头补贴；原来的“新农合”已并入居民医保。新生儿出生后可以随时参保；低保、特困人员的个人缴费由政府资助。",
        en: "Residents who are not in the employee scheme — older people, children, students, people without a job and villagers — can join the residents' medical insurance, paying for the next year during the annual payment window, with a government subsidy per person; the old rural cooperative scheme (xinnonghe) is now part of it. Newborns can join at any time, and the government pays the share of people on dibao or in extreme-poverty support.",
      },
      eligibility: {
        zh: "未参加职工基本医疗保险的本市户籍居民，以及持本市居住证的非本市户籍居民。",
        en: "Residents with a local hukou who are not in the employee medical scheme, and people from elsewhere who hold the city's residence permit.",
      },
      materials: {
        zh: ["居民身份证或户口簿（新生儿带《出生医学证明》）", "社会保障卡或本人银行卡", "居住证（非本市户籍的）", "低保、特困、残疾人等身份证明（享受资助的）"],
        en: ["ID card or hukou booklet (for a newborn, the medical birth certificate)", "Social security card or your own bank card", "Residence permit (if your hukou is elsewhere)", "Dibao, extreme-poverty or disability papers (if the government pays your share)"],
      },
      steps: {
        zh: ["在税务手机应用、微信或支付宝的“城乡居民医保缴费”入口缴费，或到社区登记代缴", "选择参保年度，核对参保人信息后缴费", "次年1月1日起享受待遇（新生儿自出生之日起）", "在国家医保服务平台手机应用查询参保状态"],
        en: ["Pay through the tax app, or the residents' medical insurance entry in WeChat or Alipay, or sign up at your community", "Pick the year, check the insured person's details and pay", "Cover starts on 1 January of the next year (for newborns, from birth)", "Check your cover in the national healthcare security app"],
      },
      agency: "jb-medins",
      fee: { zh: "办理免费；保费按本市当年标准缴纳", en: "Free to apply; premiums follow the city's rate for the year" },
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["医保", "居民医保", "城乡居民医保", "交医保", "缴医保", "医保缴费", "医保怎么交", "新农合", "农村合作医疗", "合作医疗", "农村医保", "城镇居民医保", "小孩医保", "学生医保", "老人医保", "宝宝医保", "医疗保险", "看病保险", "医保断了", "没有医保"],
        en: ["medical insurance", "health insurance", "residents medical insurance", "pay medical insurance", "sign up for health insurance", "rural cooperative medical scheme", "xinnonghe", "medical insurance for my child", "health cover", "no health insurance"],
      },
      access: "handled",
      proxy: true,
    },
    {
      code: "medical-reimbursement",
      group: "medical-insurance",
      title: { zh: "医疗费用报销（门诊、住院、异地就医手工报销）", en: "Medical insurance claims (outpatient, hospital stays, treatment elsewhere)" },
      brief: {
        zh: "看病花的钱当时没报销的（比如在外地看病），回来在这里报。",
        en: "Medical bills not settled at the hospital (say, in another city) are claimed back here.",
      },
      summary: {
        zh: "在本地定点医院看病，医保部分直接在医院结算，您只付自己那部分。在外地看病没能直接结算、或急诊时垫付了全款的，可以带齐票据和病历到区医保窗口或在医保手机应用申请手工报销。起付线和报销比例按医保目录、医院级别计算，社区可以帮您核对材料。",
        en: "At designated hospitals in the city, the insurance share is settled at the hospital and you only pay your part. If you were treated elsewhere without direct settlement, or paid the full bill in an emergency, bring the receipts and records to the district medical insurance window, or claim in the app. The deductible and the share covered depend on the drug list and the hospital's level; your community can check your papers with you.",
      },
      eligibility: {
        zh: "参加本市职工医保或城乡居民医保、并在参保有效期内的人员。",
        en: "People covered by the city's employee or residents' medical insurance for the period of treatment.",
      },
      materials: {
        zh: ["社会保障卡或医保电子凭证", "居民身份证", "医疗费用发票原件", "费用明细清单", "出院小结或门诊病历", "异地就医备案记录（在外地看病的）", "本人银行卡"],
        en: ["Social security card or medical insurance e-code", "Resident ID card", "Original medical receipts", "Itemised bill", "Discharge summary or outpatient record", "Proof of your out-of-town registration (if treated elsewhere)", "Your own bank card"],
      },
      steps: {
        zh: ["在本地定点医院就医时出示医保卡，直接结算", "没能直接结算的，保存好发票、明细和病历", "到区医保窗口或通过医保手机应用提交手工报销申请（家属可代办）", "医保部门审核", "报销款打到本人银行卡"],
        en: ["At designated local hospitals, show your card and settle directly", "If that wasn't possible, keep the receipts, the itemised bill and the records", "Claim at the district medical insurance window or in the app (a family member can do it for you)", "The medical insurance office reviews the claim", "The money is paid into your bank account"],
      },
      agency: "jb-medins",
      fee: free,
      time_limit: { zh: "承诺20个工作日", en: "Within 20 working days" },
      keywords: {
        zh: ["医保报销", "报销", "看病报销", "住院报销", "门诊报销", "异地报销", "外地看病报销", "外地住院报销", "回来报销", "垫付", "垫付报销", "医疗费报销", "手工报销", "零星报销", "报销比例", "能报多少", "药费报销", "医药费", "住院费"],
        en: ["medical insurance reimbursement", "reimbursement", "claim medical expenses", "reimburse hospital bill", "hospital bill", "medical bills", "outpatient claim", "hospital stay claim", "paid out of pocket", "treated in another city", "how much does insurance cover", "get my money back"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "out-of-town-medical-filing",
      group: "medical-insurance",
      title: { zh: "异地就医备案", en: "Registering for medical treatment in another city" },
      brief: {
        zh: "住在外地或去外地看病，先备案，看病时就能直接刷医保卡。",
        en: "Living or treated in another city? File first, then pay with your insurance card there.",
      },
      summary: {
        zh: "长期在外地居住、工作，或者转诊到外地看病的参保人，提前办好异地就医备案，在就医地的定点医院就能直接刷医保卡结算，不用先垫钱再回来报销。多数情况在国家医保服务平台手机应用上自助办理，几分钟就好。",
        en: "If you live or work in another city for a long time, or are referred to a hospital elsewhere, register with medical insurance beforehand and you can pay with your card directly at designated hospitals there — no paying up front and claiming back later. Most people do it themselves in the national healthcare security app in a few minutes.",
      },
      eligibility: {
        zh: "参加本市医保的异地长期居住人员、常驻异地工作人员、异地转诊人员和临时外出就医人员。",
        en: "People insured in the city who live or work elsewhere long-term, are referred elsewhere, or need treatment while temporarily away.",
      },
      materials: {
        zh: ["医保电子凭证或社会保障卡", "居民身份证", "异地居住或工作的个人承诺书（手机应用上在线签署）", "转诊证明（转诊就医的）"],
        en: ["Medical insurance e-code or social security card", "Resident ID card", "A personal declaration that you live or work there (signed in the app)", "Referral letter (if you are referred)"],
      },
      steps: {
        zh: ["打开国家医保服务平台手机应用，或到区医保窗口", "选择“异地就医备案”，填写就医地和备案类型", "提交后一般即时生效", "到就医地的定点医院直接结算"],
        en: ["Open the national healthcare security app or go to the district window", "Choose 'register for treatment elsewhere' and enter where and why", "It usually takes effect at once", "Pay directly at designated hospitals there"],
      },
      agency: "jb-medins",
      fee: free,
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["异地就医", "异地就医备案", "异地备案", "外地看病", "在外地看病", "跨省就医", "跨省结算", "直接结算", "去外地住院", "随子女去外地", "在外地打工看病", "转诊备案", "长居异地", "外省看病"],
        en: ["out-of-town medical care", "treatment in another city", "treatment in another province", "see a doctor in another city", "cross-province settlement", "direct billing", "living in another city", "medical insurance elsewhere", "referral"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "critical-illness-insurance",
      group: "medical-insurance",
      title: { zh: "城乡居民大病保险", en: "Critical illness insurance for residents" },
      brief: {
        zh: "参加了居民医保就自动有大病保险，不用申请，医院结账时直接报。",
        en: "Everyone with resident medical insurance has it; the hospital applies it, nothing to apply for.",
      },
      summary: {
        zh: "参加城乡居民医保的人自动享受大病保险，不用另外申请、不用另外交钱：一年内个人自付的合规医疗费超过起付标准的部分，会再按比例报销，一般在医院结算时直接完成。没能直接结算或有疑问的，请到区医保窗口办理，社区不受理。",
        en: "Everyone in the residents' medical insurance is automatically covered for critical illness — no application and no extra payment: once the eligible costs you pay yourself in a year pass the threshold, a further share is reimbursed, normally at the hospital's billing desk. If it wasn't settled there or you have a question, go to the district medical insurance window; communities don't handle it.",
      },
      eligibility: {
        zh: "参加城乡居民基本医疗保险的人员；低保、特困等困难人员起付线更低、报销比例更高。",
        en: "Everyone in the residents' medical insurance; people on dibao or in extreme-poverty support have a lower threshold and a higher share covered.",
      },
      materials: {
        zh: ["社会保障卡或医保电子凭证", "居民身份证", "医疗费发票和费用明细（未直接结算的）", "出院小结"],
        en: ["Social security card or medical insurance e-code", "Resident ID card", "Receipts and itemised bills (if not settled at the hospital)", "Discharge summary"],
      },
      steps: {
        zh: ["在定点医院看病时正常刷医保卡", "大病保险部分在结算时自动计算", "没能直接结算的，带材料到区医保窗口申请", "审核后打到本人银行卡"],
        en: ["Use your card as usual at a designated hospital", "The critical illness share is worked out automatically at billing", "If it wasn't, bring the papers to the district medical insurance window", "After review it is paid to your bank account"],
      },
      agency: "jb-medins",
      fee: free,
      time_limit: { zh: "直接结算即时完成；窗口申请承诺20个工作日", en: "Immediate at the hospital; within 20 working days at the window" },
      keywords: {
        zh: ["大病保险", "大病医保", "大病报销", "大病", "重病", "重大疾病", "癌症", "癌症报销", "看病花了很多钱", "医疗费太高", "二次报销", "大额医疗费用", "白血病", "得了癌症", "住院费太高"],
        en: ["critical illness insurance", "critical illness", "serious illness cover", "cancer treatment costs", "catastrophic medical expenses", "huge hospital bill", "second reimbursement", "major illness", "cancer", "serious illness"],
      },
      access: "not_here",
    },
    {
      code: "chronic-disease-outpatient",
      group: "medical-insurance",
      title: { zh: "门诊慢特病待遇认定", en: "Outpatient cover for chronic and special conditions" },
      brief: {
        zh: "高血压、糖尿病、透析等慢病认定后，看门诊能多报一些。",
        en: "Chronic illness (blood pressure, diabetes, dialysis)? Once approved, outpatient care pays back more.",
      },
      summary: {
        zh: "患有高血压、糖尿病、恶性肿瘤门诊治疗、尿毒症透析等医保规定的慢性病、特殊病的参保人，经认定后门诊费用可以按更高比例报销。认定请到有资质的定点医院或区医保窗口申请，社区不受理，但可以告诉您最近的认定医院。",
        en: "If you have one of the chronic or special conditions on the medical insurance list — high blood pressure, diabetes, outpatient cancer treatment, dialysis for kidney failure and others — once it is recognised your outpatient costs are covered at a higher rate. Apply at a qualified designated hospital or the district medical insurance window; communities don't take applications but can tell you the nearest hospital.",
      },
      eligibility: {
        zh: "参加本市医保，患有医保规定的门诊慢特病病种，并符合该病种的认定标准。",
        en: "People insured in the city with a listed chronic or special condition who meet its criteria.",
      },
      materials: {
        zh: ["社会保障卡或医保电子凭证", "居民身份证", "近期相关病历、检查报告和诊断证明", "门诊慢特病申请表（在医院领取）"],
        en: ["Social security card or medical insurance e-code", "Resident ID card", "Recent medical records, test results and diagnosis", "The chronic condition application form (from the hospital)"],
      },
      steps: {
        zh: ["到有认定资格的定点医院或区医保窗口提出申请", "医生按病种标准审核病历", "认定通过后在医保系统登记", "之后在定点医院看门诊直接按慢特病待遇结算"],
        en: ["Apply at a qualified designated hospital or the district window", "A doctor reviews your records against the criteria", "Once recognised it is recorded in the system", "From then on, outpatient visits at designated hospitals are billed at the higher rate"],
      },
      agency: "jb-medins",
      fee: free,
      time_limit: { zh: "承诺10个工作日", en: "Within 10 working days" },
      keywords: {
        zh: ["慢特病", "慢性病", "特殊病", "门诊特殊病", "门特", "慢病", "慢病卡", "高血压", "糖尿病", "透析", "尿毒症", "肿瘤化疗", "长期吃药", "长期吃药报销", "慢病报销", "门诊慢性病"],
        en: ["chronic disease", "chronic illness", "kidney dialysis", "chronic condition", "special outpatient conditions", "diabetes", "high blood pressure", "hypertension", "dialysis", "long-term medication", "chemotherapy"],
      },
      access: "not_here",
    },
    {
      code: "maternity-insurance-benefit",
      group: "medical-insurance",
      title: { zh: "生育保险待遇（生育津贴）", en: "Maternity insurance and maternity allowance" },
      brief: {
        zh: "上班的人生孩子，医疗费能报销，产假期间还有生育津贴。",
        en: "Employees get childbirth costs paid and maternity pay during leave.",
      },
      summary: {
        zh: "参加职工医保（生育保险）的职工，生孩子的医疗费可以报销，产假期间还能领取生育津贴；参加居民医保的，分娩费用按居民医保报销。一般由单位申报，个人也可以到区医保窗口或在手机应用申请，社区不受理。",
        en: "Employees covered by the employee medical (maternity) insurance have childbirth costs covered and receive a maternity allowance during maternity leave; for people in the residents' scheme, childbirth costs are covered under that scheme. Employers usually file the claim, or you can claim at the district medical insurance window or in the app; communities don't handle it.",
      },
      eligibility: {
        zh: "单位按规定缴纳了生育保险（职工医保）的职工；其未就业配偶按规定享受生育医疗费用待遇。",
        en: "Employees whose employer pays maternity (employee medical) insurance; their spouses without a job get childbirth medical costs covered under the rules.",
      },
      materials: {
        zh: ["居民身份证", "社会保障卡", "《出生医学证明》", "出院小结和医疗费发票（未直接结算的）", "单位出具的产假证明"],
        en: ["Resident ID card", "Social security card", "Medical birth certificate", "Discharge summary and receipts (if not settled at the hospital)", "Maternity leave letter from your employer"],
      },
      steps: {
        zh: ["分娩时在定点医院直接结算生育医疗费", "产假后由单位（或本人）向医保部门申报生育津贴", "医保部门审核", "津贴拨付到单位或本人账户"],
        en: ["Childbirth costs are settled directly at the designated hospital", "After maternity leave, your employer (or you) claims the allowance", "The medical insurance office reviews it", "The allowance is paid to your employer or to you"],
      },
      agency: "jb-medins",
      fee: free,
      time_limit: { zh: "承诺15个工作日", en: "Within 15 working days" },
      keywords: {
        zh: ["生育津贴", "生育保险", "生育报销", "产假工资", "生孩子报销", "分娩报销", "顺产报销", "剖腹产报销", "生育金", "生孩子补贴", "产假"],
        en: ["maternity allowance", "maternity benefit", "maternity insurance", "maternity pay", "childbirth costs", "paid maternity leave", "giving birth costs"],
      },
      access: "not_here",
    },

    // ── 公共卫生 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "family-doctor",
      group: "public-health",
      title: { zh: "家庭医生签约", en: "Signing up with a family doctor" },
      brief: {
        zh: "可以和社区卫生服务中心的家庭医生签约，看病、随访更方便。",
        en: "Sign up with a family doctor at the community health centre.",
      },
      summary: {
        zh: "居民可以和社区卫生服务中心的家庭医生团队签约，获得健康咨询、慢病随访、预约转诊和上门随访等服务，老人、孕产妇、儿童和慢病患者优先。基础服务包免费，可以在社区卫生服务中心或社区义诊活动时签约，社区可以帮您联系。",
        en: "You can sign up with a family doctor team at the community health centre for health advice, follow-up for long-term conditions, referrals and home visits; older people, pregnant women, children and people with chronic conditions come first. The basic package is free. Sign up at the health centre or at a community health day — your community can put you in touch.",
      },
      eligibility: {
        zh: "本区常住居民，不限户籍。",
        en: "Anyone who lives in the district, whatever their hukou.",
      },
      materials: {
        zh: ["居民身份证", "社会保障卡或医保电子凭证", "既往病历（如有）"],
        en: ["Resident ID card", "Social security card or medical insurance e-code", "Past medical records, if any"],
      },
      steps: {
        zh: ["到社区卫生服务中心或社区签约点", "选择家庭医生团队和服务包", "签订签约协议", "保存家庭医生联系方式，按约随访"],
        en: ["Go to the community health centre or a sign-up point in your community", "Choose a family doctor team and a service package", "Sign the agreement", "Keep your doctor's contact details; follow-ups are arranged with you"],
      },
      agency: "qc-chc",
      fee: { zh: "基础服务包免费；个性化服务包按标准收费", en: "Basic package free; extra packages charged at set rates" },
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["家庭医生", "签约医生", "家庭医生签约", "社区医生", "上门看病", "医生上门", "私人医生", "健康管理", "慢病随访", "老人看病", "社区医院", "社区卫生服务中心"],
        en: ["family doctor", "GP", "general practitioner", "community doctor", "sign up with a doctor", "doctor home visit", "regular check-ups", "community health centre", "local clinic"],
      },
      access: "assisted",
    },
    {
      code: "senior-health-check",
      group: "public-health",
      title: { zh: "65岁以上老年人免费体检", en: "Free yearly health check for people over 65" },
      brief: {
        zh: "满65岁，每年可以在社区卫生服务中心免费体检一次。",
        en: "From 65, a free yearly check-up at the community health centre.",
      },
      summary: {
        zh: "65周岁以上的常住居民每年可以在社区卫生服务中心免费做一次健康体检，包括血压、血糖、血脂、肝肾功能、心电图、B超等，并建立健康档案。体检当天需要空腹，建议先打电话预约。请直接到社区卫生服务中心，社区可以帮您预约。",
        en: "Residents aged 65 and over get a free health check once a year at the community health centre — blood pressure, blood sugar, cholesterol, liver and kidney function, ECG, ultrasound and more — and a health record is opened for them. Come without breakfast, and book by phone first. Go straight to the community health centre; your community can book for you.",
      },
      eligibility: {
        zh: "在本区居住半年以上、年满65周岁的居民，不限户籍。",
        en: "People aged 65 or over who have lived in the district for at least six months, whatever their hukou.",
      },
      materials: {
        zh: ["居民身份证", "社会保障卡", "以往体检报告或病历（如有）"],
        en: ["Resident ID card", "Social security card", "Earlier check-up reports or medical records, if any"],
      },
      steps: {
        zh: ["电话或到社区卫生服务中心预约", "体检当天早上空腹到中心", "完成各项检查", "约一周后领取报告，由家庭医生解读"],
        en: ["Book by phone or at the community health centre", "Come on the day without eating breakfast", "Go through the tests", "Collect the report about a week later; your family doctor explains it"],
      },
      agency: "qc-chc",
      fee: free,
      time_limit: { zh: "体检当天完成，报告约5个工作日", en: "Same-day tests; report in about 5 working days" },
      keywords: {
        zh: ["老人体检", "免费体检", "65岁体检", "老年人体检", "体检", "健康体检", "健康档案", "抽血检查", "六十五岁", "65岁"],
        en: ["free health check", "health check", "check-up for seniors", "medical check-up", "over 65", "annual physical", "elderly health check", "blood test"],
      },
      access: "not_here",
    },
    {
      code: "maternal-health-management",
      group: "public-health",
      title: { zh: "孕产妇健康管理（建档、领《母子健康手册》）", en: "Pregnancy care: registering and the mother-and-child health booklet" },
      brief: {
        zh: "怀孕后到社区卫生服务中心建档，领《母子健康手册》。",
        en: "Pregnant? Register at the community health centre and get your mother-and-child booklet.",
      },
      summary: {
        zh: "怀孕后，最好在孕13周前到居住地的社区卫生服务中心建档、领取《母子健康手册》，之后可以免费获得孕期随访、产后访视和健康指导，再到医院做产检。社区（居委会）不建档，请直接去社区卫生服务中心。",
        en: "Once you're pregnant, register at the community health centre where you live — ideally before week 13 — and collect the mother-and-child health booklet; you then get free pregnancy follow-ups, a postnatal home visit and health advice, with your antenatal check-ups at the hospital. The residents' committee doesn't do this registration: go straight to the community health centre.",
      },
      eligibility: {
        zh: "在本区居住的孕妇，不限户籍。",
        en: "Pregnant women living in the district, whatever their hukou.",
      },
      materials: {
        zh: ["夫妻双方身份证", "医院出具的早孕检查报告（B超单等）", "居住证或租房合同（外地户籍的）", "生育登记记录（已办理的）"],
        en: ["Both partners' ID cards", "The hospital's early pregnancy report (ultrasound and so on)", "Residence permit or tenancy agreement (if your hukou is elsewhere)", "Your birth registration, if already done"],
      },
      steps: {
        zh: ["孕13周前到社区卫生服务中心妇女保健门诊", "登记建档，领取《母子健康手册》", "按手册到医院定期产检", "分娩出院后，社区医生上门产后访视"],
        en: ["Before week 13, go to the women's health clinic at the community health centre", "Register and collect the mother-and-child health booklet", "Have your antenatal check-ups at the hospital as the booklet sets out", "After the birth, a community doctor visits you at home"],
      },
      agency: "qc-chc",
      fee: free,
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["建档", "孕妇建档", "怀孕建档", "建小卡", "建大卡", "母子健康手册", "孕产妇", "怀孕", "怀孕了", "产检", "孕检", "孕期检查", "产后访视", "孕妇"],
        en: ["pregnancy registration", "pregnant", "I'm pregnant", "antenatal care", "prenatal check-up", "maternal health booklet", "mother and child booklet", "pregnancy record", "postnatal visit", "expecting a baby"],
      },
      access: "not_here",
    },
    {
      code: "vaccination-certificate",
      group: "public-health",
      title: { zh: "预防接种证办理", en: "Child vaccination record book" },
      brief: {
        zh: "宝宝出生一个月内，到社区卫生服务中心办预防接种证。",
        en: "Within a month of birth, get your baby's vaccination booklet at the health centre.",
      },
      summary: {
        zh: "宝宝出生后在医院打完第一针乙肝疫苗和卡介苗，出院后一个月内到居住地社区卫生服务中心的预防接种门诊建卡、办理《预防接种证》，以后按程序免费接种国家免疫规划疫苗。孩子入托、入学都要查验接种证。请直接到社区卫生服务中心。",
        en: "After the first hepatitis B and BCG shots in hospital, take your baby within a month of going home to the vaccination clinic at your community health centre to open a record and get the vaccination book; the vaccines in the national schedule are then free. Nurseries and schools check the book. Go straight to the community health centre.",
      },
      eligibility: {
        zh: "在本区居住的儿童，不限户籍。",
        en: "Children living in the district, whatever their hukou.",
      },
      materials: {
        zh: ["医院出具的新生儿疫苗接种记录", "《出生医学证明》", "监护人身份证", "户口簿（已落户的）"],
        en: ["The hospital's record of the newborn's vaccinations", "Medical birth certificate", "Parent's or guardian's ID card", "Hukou booklet (if the baby is registered)"],
      },
      steps: {
        zh: ["出院后一个月内到社区卫生服务中心预防接种门诊", "建立接种档案，领取《预防接种证》", "按预约日期带孩子和接种证来接种", "接种证丢失的，到原接种门诊补办"],
        en: ["Within a month of leaving hospital, go to the vaccination clinic at the community health centre", "A record is opened and you receive the vaccination book", "Bring the child and the book on each appointment date", "If you lose the book, the same clinic issues a new one"],
      },
      agency: "qc-chc",
      fee: { zh: "办证免费；免疫规划疫苗免费", en: "Free book; scheduled vaccines free" },
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["预防接种证", "接种证", "疫苗本", "打疫苗", "打预防针", "宝宝打针", "小孩疫苗", "疫苗", "接种本丢了", "补办接种证", "入学查验接种证", "打针本"],
        en: ["vaccination record", "vaccination book", "vaccination certificate", "immunisation card", "baby vaccines", "child vaccinations", "jabs", "vaccine booklet", "shots for my kid", "immunization"],
      },
      access: "not_here",
    },

    // ── 生育与家庭 ───────────────────────────────────────────────────────────────────────────────────
    {
      code: "birth-registration",
      group: "family",
      title: { zh: "生育登记", en: "Birth registration (family planning)" },
      brief: {
        zh: "生孩子只要登记，不用审批，也不用“准生证”了。",
        en: "Having a child only needs registering: no approval, no birth permit.",
      },
      summary: {
        zh: "生育子女实行登记服务，一孩、二孩、三孩都一样，不需要审批，也不再需要“准生证”。夫妻任何一方可以在网上或到户籍地、居住地社区办理，登记后可以享受孕产期保健等服务。社区可以帮您在手机上填报。",
        en: "Having a child — first, second or third — only needs a registration, no approval and no 'birth permit'. Either parent can register online or at the community of their hukou or where they live, and it gives access to pregnancy and maternity health services. Your community can help you fill it in on your phone.",
      },
      eligibility: {
        zh: "依法登记结婚的夫妻（未婚生育的登记按本省规定办理）。",
        en: "Married couples (registration for unmarried parents follows the provincial rules).",
      },
      materials: {
        zh: ["夫妻双方居民身份证", "结婚证", "户口簿或居住证"],
        en: ["Both partners' ID cards", "Marriage certificate", "Hukou booklet or residence permit"],
      },
      steps: {
        zh: ["在省政务服务网或政务手机应用搜索“生育登记”，或到社区办理", "填写夫妻和子女信息", "提交后即时办结", "可下载电子生育登记凭证"],
        en: ["Search for 'birth registration' on the provincial government services website or app, or go to your community", "Enter the couple's and the child's details", "It is completed as soon as you submit", "You can download the electronic registration record"],
      },
      agency: "jb-health",
      fee: free,
      time_limit: { zh: "即办", en: "Done on the spot" },
      keywords: {
        zh: ["生育登记", "准生证", "生育证", "生育服务证", "二胎", "三胎", "二孩", "三孩", "怀孕登记", "生孩子登记", "生小孩", "要孩子", "生孩子要办什么"],
        en: ["birth registration", "register a pregnancy", "birth permit", "having a baby", "second child", "third child", "family planning registration", "pregnancy registration form"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "newborn-hukou",
      group: "family",
      title: { zh: "新生儿落户（出生登记）", en: "Registering a newborn's hukou" },
      brief: {
        zh: "孩子出生一个月内，带出生医学证明到派出所上户口。",
        en: "Within a month of birth, register the baby's hukou at the police station.",
      },
      summary: {
        zh: "孩子出生后一个月内，由父母一方带《出生医学证明》到户籍所在地派出所办理出生登记、上户口；也可以通过“出生一件事”在网上一次办好落户、医保参保和社保卡。社区不办理落户，请直接去派出所。",
        en: "Within a month of the birth, one parent takes the medical birth certificate to the police station where their hukou is and registers the baby; or use the 'newborn package' online to do the hukou, medical insurance and social security card in one go. Communities don't register hukou: go straight to the police station.",
      },
      eligibility: {
        zh: "父母一方为本区户籍的新生儿。",
        en: "Newborns with at least one parent whose hukou is in the district.",
      },
      materials: {
        zh: ["《出生医学证明》", "父母双方户口簿和身份证", "结婚证", "其他材料按派出所要求提供（非婚生育等情况）"],
        en: ["Medical birth certificate", "Both parents' hukou booklets and ID cards", "Marriage certificate", "Anything else the police station asks for (for example, for unmarried parents)"],
      },
      steps: {
        zh: ["给孩子取好名字", "到父母一方户籍地派出所户籍室，或在网上申请“出生一件事”", "提交材料，民警审核登记", "领取户口簿上孩子的户口页"],
        en: ["Choose the baby's name", "Go to the household registration desk of the police station where one parent's hukou is, or apply online for the 'newborn package'", "Hand in the papers; the officer checks and registers", "Collect the baby's page of the hukou booklet"],
      },
      agency: "qc-police",
      fee: free,
      time_limit: { zh: "材料齐全即办", en: "On the spot when the papers are complete" },
      keywords: {
        zh: ["上户口", "新生儿上户口", "报户口", "宝宝落户", "小孩落户", "孩子上户口", "给孩子上户口", "出生登记", "孩子出生", "孩子出生了", "生了孩子", "出生一件事", "新生儿入户", "新生儿"],
        en: ["register newborn", "register my baby", "baby hukou", "newborn hukou", "add baby to hukou", "newborn household registration", "just had a baby", "baby was born", "newborn"],
      },
      access: "not_here",
    },
    {
      code: "birth-medical-certificate",
      group: "family",
      title: { zh: "出生医学证明", en: "Medical birth certificate" },
      brief: {
        zh: "孩子的出生医学证明由出生的医院开，写错了也找医院改。",
        en: "The birth certificate comes from the hospital of birth; mistakes are corrected there too.",
      },
      summary: {
        zh: "《出生医学证明》是孩子的第一份证件，由出生的医院签发，上户口、参加医保都要用。在医院出生的，出院前后在医院的出生证明窗口办理；丢失补发、信息更正到区妇幼保健院办理。社区不办理。",
        en: "The medical birth certificate is a child's first document; the hospital where the baby was born issues it, and you need it for the hukou and medical insurance. For hospital births, get it at the hospital's birth certificate window around discharge; replacements and corrections are done at the District Maternal and Child Health Hospital. Communities don't issue it.",
      },
      eligibility: {
        zh: "在本区助产机构出生的新生儿；遗失补发和信息更正按规定向区妇幼保健院申请。",
        en: "Babies born at a maternity unit in the district; replacements and corrections go to the District Maternal and Child Health Hospital.",
      },
      materials: {
        zh: ["父母双方身份证", "新生儿姓名（提前取好）", "结婚证（如有）", "补发的另需书面申请和登报遗失声明（按要求）"],
        en: ["Both parents' ID cards", "The baby's name (decide it beforehand)", "Marriage certificate, if married", "For a replacement: a written request and, if required, a lost notice"],
      },
      steps: {
        zh: ["出院前在分娩医院申请首次签发", "核对新生儿姓名、性别、出生时间等信息", "医院签发证明", "丢失或信息有误的，到区妇幼保健院申请补发或更正"],
        en: ["Apply for the certificate at the hospital before you leave", "Check the baby's name, sex, time of birth and other details", "The hospital issues it", "If it is lost or wrong, apply to the District Maternal and Child Health Hospital for a replacement or correction"],
      },
      agency: "jb-mch",
      fee: free,
      time_limit: { zh: "首次签发一般即办；补发承诺5个工作日", en: "First issue usually on the spot; replacements within 5 working days" },
      keywords: {
        zh: ["出生证", "出生证明", "出生医学证明", "宝宝出生证", "出生证丢了", "补办出生证", "出生证改名", "出生证写错了", "孩子出生", "新生儿证件"],
        en: ["birth certificate", "medical birth certificate", "baby's birth certificate", "lost birth certificate", "newborn documents", "correct birth certificate", "birth cert"],
      },
      access: "not_here",
    },
    {
      code: "only-child-parent-reward",
      group: "family",
      title: { zh: "独生子女父母奖励", en: "Reward for parents of an only child" },
      brief: {
        zh: "独生子女父母退休时有一次性奖励；农村的满60岁后每年领。",
        en: "Parents of an only child get a reward at retirement; in villages, yearly from 60.",
      },
      summary: {
        zh: "领取过《独生子女父母光荣证》的夫妻，退休时可以领取一次性奖励；农村只生育一个子女或两个女孩的夫妻，年满60周岁后可以按年领取奖励扶助金。向社区（村）申请，社区初审后报街道和区卫健局，家属可以代办。",
        en: "Couples who hold the 'glorious parents of an only child' certificate receive a one-off reward when they retire; rural couples with one child or two daughters receive a yearly support payment from age 60. Apply at your community or village, which passes it to the street office and the district health commission; family members can apply for you.",
      },
      eligibility: {
        zh: "持有《独生子女父母光荣证》、退休或年满60周岁的父母；农村计划生育家庭按奖励扶助政策条件执行。",
        en: "Parents who hold the only-child certificate and have retired or reached 60; rural family planning households under the support scheme's conditions.",
      },
      materials: {
        zh: ["居民身份证", "户口簿", "《独生子女父母光荣证》", "退休证或退休审批表（申请退休一次性奖励的）", "结婚证", "本人银行卡"],
        en: ["Resident ID card", "Hukou booklet", "Only-child parents' certificate", "Retirement certificate or approval (for the one-off retirement reward)", "Marriage certificate", "Your own bank card"],
      },
      steps: {
        zh: ["到社区（村）提交申请", "社区核实并公示", "街道和区卫健局审核", "奖励金发放到本人银行卡"],
        en: ["Apply at your community or village", "The community checks and posts a public notice", "The street office and the district health commission review it", "The money is paid to your bank account"],
      },
      agency: "jb-health",
      fee: free,
      time_limit: { zh: "承诺20个工作日", en: "Within 20 working days" },
      keywords: {
        zh: ["独生子女", "独生子女奖励", "独生子女费", "独生子女父母奖励", "光荣证", "独生子女证", "退休奖励", "一次性奖励", "奖励扶助", "计生奖励", "只有一个孩子", "农村奖励扶助"],
        en: ["only child reward", "one-child reward", "one-child parents bonus", "only child certificate", "family planning reward", "retirement bonus", "only one child"],
      },
      access: "handled",
      proxy: true,
    },
    {
      code: "family-planning-special-support",
      group: "family",
      title: { zh: "计划生育特别扶助", en: "Special support for families who lost or have a disabled only child" },
      brief: {
        zh: "独生子女去世或重度残疾的家庭，每月可以领特别扶助金。",
        en: "Families whose only child died or is severely disabled get monthly support.",
      },
      summary: {
        zh: "独生子女去世或被鉴定为三级以上残疾、夫妻现在没有其他子女的家庭，女方年满49周岁后可以申请计划生育特别扶助金，按月发放，社区还会安排专人定期关怀。社区可以代为申请，全程保护家庭隐私。",
        en: "Families whose only child has died or has a disability of grade 3 or worse, and who have no other child now, can apply for special support once the mother turns 49: a monthly payment, and a named contact at the community who keeps in touch. The community can apply for you and keeps it confidential throughout.",
      },
      eligibility: {
        zh: "只生育或合法收养一个子女；现无存活子女，或独生子女被依法鉴定为三级以上残疾；女方年满49周岁。",
        en: "Parents who had or lawfully adopted one child; that child has died or has a disability of grade 3 or worse, with no other living child; the mother is 49 or over.",
      },
      materials: {
        zh: ["夫妻双方身份证和户口簿", "结婚证", "子女死亡证明或残疾人证", "《独生子女父母光荣证》（如有）", "本人银行卡"],
        en: ["Both partners' ID cards and hukou booklets", "Marriage certificate", "The child's death certificate or disability card", "Only-child parents' certificate, if any", "Your own bank card"],
      },
      steps: {
        zh: ["向社区提出申请（可由社区代为申请）", "社区上门核实，注意保护隐私", "街道、区卫健局审核", "审核通过后按月发放，并确定社区联系人"],
        en: ["Apply at your community (it can apply for you)", "The community visits you, discreetly", "The street office and the district health commission review it", "Once approved it is paid monthly and a community contact is assigned"],
      },
      agency: "jb-health",
      fee: free,
      time_limit: { zh: "承诺20个工作日", en: "Within 20 working days" },
      keywords: {
        zh: ["计划生育特别扶助", "特别扶助", "特扶", "失独", "失独家庭", "独生子女去世", "独生子女残疾", "孩子没了", "计生特殊家庭", "扶助金"],
        en: ["special family planning support", "lost our only child", "only child died", "only child disabled", "bereaved parents", "child passed away"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 户籍证件 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "residence-permit",
      group: "hukou",
      title: { zh: "居住证办理", en: "Residence permit" },
      brief: {
        zh: "外地户口在本市住满半年的，可以办居住证，孩子上学等要用。",
        en: "Lived here six months with a hukou elsewhere? A residence permit opens schools and services.",
      },
      summary: {
        zh: "离开户籍地、在本市居住半年以上，并且有合法稳定就业、合法稳定住所或连续就读之一的，可以申领居住证，凭证享受子女入学、公共卫生、办理证件等基本公共服务，每年签注一次。可以在社区流动人口服务站或派出所提交，社区可以帮您代收材料。",
        en: "If your hukou is elsewhere and you have lived in the city for six months or more, with a steady job, a stable home or continuous schooling here, you can apply for a residence permit. It gives you access to schooling for your children, public health services, local document services and more; it is endorsed once a year. Apply at your community's migrant services desk or the police station — the community can collect your papers for you.",
      },
      eligibility: {
        zh: "非本市户籍、在本市居住半年以上，且有合法稳定就业、合法稳定住所、连续就读三项之一。",
        en: "People whose hukou is outside the city, who have lived here for at least six months and have one of: a steady job, a stable legal home, or continuous study here.",
      },
      materials: {
        zh: ["居民身份证", "近期照片（或在派出所现场采集）", "住所证明：租房合同、房产证或租赁备案证明", "就业证明（劳动合同、营业执照）或就读证明，按申领条件提供一项"],
        en: ["Resident ID card", "A recent photo (or one taken at the police station)", "Proof of your home: tenancy agreement, property certificate or lease registration", "Proof of work (employment contract, business licence) or of study — one, matching the condition you apply under"],
      },
      steps: {
        zh: ["到社区流动人口服务站或派出所申报居住登记（部分可网上申报）", "居住满半年后申领居住证", "派出所审核、制证", "按通知领取；以后每年签注一次"],
        en: ["Register your address at the community migrant services desk or the police station (some places allow it online)", "After six months, apply for the residence permit", "The police station checks and prints it", "Collect it when notified; have it endorsed once a year"],
      },
      agency: "qc-police",
      fee: { zh: "首次申领免费；换领、补领按规定收取工本费", en: "First permit free; replacements charge a small production fee" },
      time_limit: { zh: "承诺15个工作日", en: "Within 15 working days" },
      keywords: {
        zh: ["居住证", "办居住证", "怎么办居住证", "暂住证", "居住登记", "外地人", "外地户口", "流动人口", "新市民", "居住证签注", "居住证续签", "居住证到期", "孩子上学要居住证", "租房办居住证"],
        en: ["residence permit", "residency permit", "resident permit", "temporary residence", "migrant", "non-local hukou", "not from here", "residence card", "renew residence permit", "register my address"],
      },
      access: "assisted",
    },
    {
      code: "hukou-transfer",
      group: "hukou",
      title: { zh: "户口迁移", en: "Moving your hukou" },
      brief: {
        zh: "因买房、投亲、结婚等要迁户口的，到派出所或户政大厅办。",
        en: "Moving your hukou (a new home, family, marriage)? Apply at the police hukou office.",
      },
      summary: {
        zh: "因买房、投靠亲属、结婚、就业、升学等原因要把户口迁入或迁出的，到迁入地派出所或公安分局户政服务大厅申请；省内迁移和不少跨省迁移已经可以“一站式”办理，不用两头跑。社区不办理户口迁移，但可以告诉您要带什么。",
        en: "To move your hukou here or away — after buying a home, joining family, marrying, taking a job or going to university — apply at the police station or household registration hall where the hukou is moving to. Moves within the province, and many between provinces, are now done in one place without travelling back. Communities don't process hukou moves but can tell you what to bring.",
      },
      eligibility: {
        zh: "符合本市户口迁入条件（合法稳定住所、投靠亲属、人才引进、就业等）的人员。",
        en: "People who meet one of the city's conditions for moving a hukou in (a stable legal home, joining family, talent schemes, employment and so on).",
      },
      materials: {
        zh: ["居民身份证和户口簿", "迁入依据：房产证、结婚证、毕业证或劳动合同等", "迁入地户主同意入户的书面意见（投靠落户的）", "准予迁入证明（跨省尚未实现一站式迁移的）"],
        en: ["ID card and hukou booklet", "The basis for the move: property certificate, marriage certificate, diploma or employment contract", "Written consent of the head of the receiving household (when joining family)", "A permit to move in (for inter-provincial moves not yet done in one place)"],
      },
      steps: {
        zh: ["对照迁入条件准备材料", "到迁入地派出所或公安分局户政服务大厅提交申请", "户政部门审核", "办理迁入，领取新的户口页"],
        en: ["Check the conditions and gather the papers", "Apply at the police station or the sub-bureau's household registration hall where you are moving to", "The hukou office reviews it", "The move is completed and you collect the new page of the hukou booklet"],
      },
      agency: "jb-police-hukou",
      fee: free,
      time_limit: { zh: "承诺10个工作日（跨省以实际办理为准）", en: "Within 10 working days (inter-provincial moves may take longer)" },
      keywords: {
        zh: ["户口迁移", "迁户口", "户口迁入", "户口迁出", "转户口", "落户", "买房落户", "投靠落户", "户口迁过来", "结婚迁户口", "户籍迁移", "集体户口", "户口", "迁移证"],
        en: ["hukou transfer", "move my hukou", "transfer hukou", "household registration transfer", "change hukou", "settle hukou", "hukou after buying a flat", "move household registration", "hukou"],
      },
      access: "not_here",
    },
    {
      code: "id-card",
      group: "hukou",
      title: { zh: "居民身份证申领、换领、补领", en: "Resident ID card: first card, renewal, replacement" },
      brief: {
        zh: "身份证到期、丢了或第一次办，到派出所户籍室办。",
        en: "New, expired or lost ID card: apply at a police station's hukou desk.",
      },
      summary: {
        zh: "身份证到期换领、丢失补领、首次申领，都可以到任一派出所户籍室或户政服务大厅办理，在外地也能异地办理；丢了要尽快挂失，急用可以申请临时身份证。社区不办理身份证，请直接去派出所。",
        en: "Renewals, replacements for lost cards and first ID cards are done at any police station's household registration desk or the household registration hall — even outside your home province. Report a lost card quickly; if you need one urgently, ask for a temporary ID. Communities don't issue ID cards: go straight to the police station.",
      },
      eligibility: {
        zh: "中国公民：年满16周岁应当申领，未满16周岁可以自愿申领。",
        en: "Chinese citizens: required from 16, optional for younger children.",
      },
      materials: {
        zh: ["户口簿（首次申领）", "原身份证（到期换领）", "现场采集照片和指纹", "监护人身份证（未满16周岁的）"],
        en: ["Hukou booklet (first card)", "Your old ID card (renewal)", "Photo and fingerprints taken on the spot", "Guardian's ID card (under 16)"],
      },
      steps: {
        zh: ["到派出所户籍室或户政服务大厅（部分可网上预约）", "采集照片和指纹，填写申领表", "缴纳工本费", "按时领证，或选择邮寄到家"],
        en: ["Go to a police station's registration desk or the household registration hall (some take online bookings)", "Have your photo and fingerprints taken and fill in the form", "Pay the fee", "Collect the card when it's ready, or have it posted"],
      },
      agency: "qc-police",
      fee: { zh: "申领、换领20元；丢失补领40元；临时身份证10元", en: "New or renewed card ¥20; replacement ¥40; temporary ID ¥10" },
      time_limit: { zh: "一般20个工作日内（异地办理时间略长）", en: "Usually within 20 working days (a little longer when done away from home)" },
      keywords: {
        zh: ["身份证", "办身份证", "身份证丢了", "补办身份证", "身份证到期", "身份证过期", "换身份证", "临时身份证", "孩子办身份证", "异地办身份证", "身份证挂失"],
        en: ["ID card", "identity card", "lost ID card", "lost my ID", "replace ID card", "renew ID", "expired ID card", "temporary ID", "national ID"],
      },
      access: "not_here",
    },

    // ── 住房 ────────────────────────────────────────────────────────────────────────────────────────
    {
      code: "public-rental-housing",
      group: "housing",
      title: { zh: "公共租赁住房申请（公租房）", en: "Public rental housing" },
      brief: {
        zh: "住房困难的家庭，可以申请租金便宜的公租房。",
        en: "Households short of housing can apply for low-rent public housing.",
      },
      summary: {
        zh: "本市中低收入住房困难家庭、新就业无房职工和在本市稳定就业的外来务工人员，可以申请公租房，租金低于市场价；符合条件的也可以选择领取租赁补贴。向社区提交申请，经街道和区住房保障部门审核、公示后轮候配租。",
        en: "Low- and middle-income households with housing difficulties, newly employed people without a home and migrant workers in steady jobs here can apply for public rental housing at below-market rent; some can choose a rent subsidy instead. Apply at your community; after review by the street office and the district housing office and a public notice, you join the waiting list.",
      },
      eligibility: {
        zh: "家庭收入和现有住房面积符合本市公租房准入标准；外来务工人员需在本市稳定就业并连续缴纳社保满规定期限。",
        en: "Household income and current housing space within the city's limits; migrant workers need a steady job here and social insurance paid for the required period.",
      },
      materials: {
        zh: ["申请人和共同申请家庭成员的身份证、户口簿", "结婚证、离婚证等婚姻状况材料", "收入证明或社保缴费记录", "现住房情况材料（租房合同等）", "劳动合同（外来务工人员）"],
        en: ["ID cards and hukou booklets of the applicant and household members applying", "Marriage or divorce certificate", "Proof of income or social insurance record", "Papers on where you live now (tenancy agreement and so on)", "Employment contract (migrant workers)"],
      },
      steps: {
        zh: ["到社区领取并填写申请表（或网上申请）", "社区初审并公示", "街道、区住房保障部门审核收入和住房情况", "审核通过后进入轮候名单", "摇号或排序配租，签订租赁合同"],
        en: ["Get and fill in the form at your community (or apply online)", "The community checks it and posts a notice", "The street office and the district housing office check income and housing", "Approved applicants join the waiting list", "Homes are allocated by lottery or ranking and a lease is signed"],
      },
      agency: "jb-housing",
      fee: free,
      time_limit: { zh: "承诺30个工作日完成审核", en: "Review within 30 working days" },
      keywords: {
        zh: ["公租房", "廉租房", "保障房", "保障性住房", "租房补贴", "住房补贴", "没房子住", "租不起房", "房租太贵", "便宜房子", "政府的房子", "住房困难", "申请房子", "申请住房"],
        en: ["public rental housing", "public housing", "council housing", "social housing", "cheap rent", "affordable housing", "housing subsidy", "rent subsidy", "can't afford rent", "government flat", "apply for housing"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "rental-registration",
      group: "housing",
      title: { zh: "房屋租赁登记备案", en: "Tenancy registration" },
      brief: {
        zh: "租房签了合同，30天内要去登记备案。",
        en: "Register a lease within 30 days of signing it.",
      },
      summary: {
        zh: "出租房屋的，房东（或经房东同意的租客）应在签订租赁合同后30日内办理租赁登记备案。备案证明可以用来办居住证、孩子入学、提取公积金付房租。可以网上办理，社区流动人口服务站也可以帮您登记。",
        en: "When a home is let, the landlord (or the tenant, with the landlord's agreement) should register the lease within 30 days of signing. The registration can be used for a residence permit, school places and drawing housing fund money for rent. It can be done online, or the migrant services desk at your community can help.",
      },
      eligibility: {
        zh: "在本区出租、承租房屋的当事人。",
        en: "Landlords and tenants of homes in the district.",
      },
      materials: {
        zh: ["房屋租赁合同", "出租人和承租人身份证", "不动产权证书或房屋所有权证", "授权委托书（代办的）"],
        en: ["Tenancy agreement", "Landlord's and tenant's ID cards", "Property ownership certificate", "Letter of authorisation (if someone files for you)"],
      },
      steps: {
        zh: ["签订书面租赁合同", "在网上或到社区服务站、区房管窗口提交备案", "核对房屋和双方身份信息", "领取租赁备案证明（可下载电子证明）"],
        en: ["Sign a written tenancy agreement", "File it online, at your community's desk or at the district housing window", "The property and both parties' details are checked", "Receive the registration certificate (an electronic copy can be downloaded)"],
      },
      agency: "jb-housing",
      fee: free,
      time_limit: { zh: "窗口即办；网上承诺3个工作日", en: "On the spot at the window; within 3 working days online" },
      keywords: {
        zh: ["租房备案", "房屋租赁备案", "租赁登记", "租赁备案", "租房合同备案", "出租房登记", "房东登记", "租客登记", "房屋出租", "出租屋", "租房证明", "租赁备案证明", "公积金付房租"],
        en: ["tenancy registration", "register a lease", "register my lease", "rental registration", "rental contract registration", "landlord registration", "register tenants", "renting out my flat", "lease filing"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 劳动权益 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "wage-arrears-complaint",
      group: "labour-rights",
      title: { zh: "欠薪投诉", en: "Reporting unpaid wages" },
      brief: {
        zh: "老板拖欠、克扣工资，可以投诉，劳动监察帮您讨回来。",
        en: "Unpaid or cut wages? Complain, and labour inspectors make the employer pay.",
      },
      summary: {
        zh: "老板（用人单位）拖欠、克扣工资的，可以向区劳动保障监察大队投诉，也可以打12345热线；监察大队会责令单位限期支付，拒不支付的依法处理。社区可以帮您整理证据、写投诉材料，必要时陪同前往。工地农民工被欠薪同样适用。",
        en: "If your boss or employer owes you wages or docks your pay, report it to the District Labour Inspection Brigade or call the 12345 hotline; the inspectors order the employer to pay by a deadline and act against those who refuse. Your community can help you gather evidence and write the complaint, and go with you if needed. It works for construction workers owed money on site, too.",
      },
      eligibility: {
        zh: "在本区工作、被用人单位（包括工地施工单位、包工头所在单位）拖欠或克扣工资的劳动者。",
        en: "Anyone working in the district whose employer — including a construction company or the firm behind a labour contractor — has not paid or has docked their wages.",
      },
      materials: {
        zh: ["居民身份证", "劳动关系证据：劳动合同、工牌、考勤记录、工作群聊天记录等", "欠薪证据：工资条、银行流水、欠条、聊天记录等", "单位名称和地址（不清楚的可提供工作地点）", "欠薪人员和金额清单（多人集体投诉的）"],
        en: ["Resident ID card", "Proof you worked there: contract, work badge, attendance record, work chat messages", "Proof of what you're owed: payslips, bank statements, IOUs, messages", "The employer's name and address (or where you worked, if you don't know)", "A list of workers and amounts (for group complaints)"],
      },
      steps: {
        zh: ["收集劳动关系和欠薪证据（社区可以帮忙整理）", "到劳动保障监察大队窗口、网上或拨打12345投诉", "监察大队登记受理并调查", "责令单位限期支付；拒不支付的依法处罚，涉嫌拒不支付劳动报酬罪的移送公安"],
        en: ["Gather evidence of the job and the unpaid wages (your community can help)", "Complain at the Labour Inspection Brigade's window, online or via 12345", "The inspectors register the case and investigate", "The employer is ordered to pay by a deadline; refusal is penalised, and serious cases go to the police as a crime"],
      },
      agency: "jb-labour-inspection",
      fee: free,
      time_limit: { zh: "5个工作日内决定是否受理；受理后一般60个工作日内办结", en: "Decision to accept within 5 working days; usually resolved within 60 working days" },
      keywords: {
        zh: ["欠薪", "拖欠工资", "讨薪", "要工资", "工资拖欠", "老板不给钱", "老板不发工资", "不发工资", "工资不发", "克扣工资", "工资没发", "要不到钱", "包工头跑了", "农民工工资", "欠工资", "欠我工资", "劳动监察", "拿不到工资", "工钱", "扣工资", "工资被扣", "欠工资", "欠我工资", "工钱"],
        en: ["unpaid wages", "unpaid salary", "wage theft", "boss hasn't paid me", "my boss won't pay", "owed wages", "salary not paid", "employer won't pay", "withheld wages", "labour inspection", "report my employer", "didn't get paid"],
      },
      access: "assisted",
    },
    {
      code: "labour-arbitration",
      group: "labour-rights",
      title: { zh: "劳动仲裁申请", en: "Labour dispute arbitration" },
      brief: {
        zh: "和单位为工资、辞退、工伤等谈不拢，可以免费申请仲裁。",
        en: "A dispute with your employer over pay, dismissal or injury? Arbitration is free.",
      },
      summary: {
        zh: "和单位因工资、加班费、辞退补偿、社保、工伤待遇等发生争议，协商调解不成的，可以在知道权利被侵害之日起一年内，向区劳动人事争议仲裁院申请仲裁，不收费。社区不受理仲裁，但可以帮您联系法律援助或法律顾问。",
        en: "If you and your employer can't settle a dispute over wages, overtime, severance, social insurance or work-injury benefits, you can apply to the District Labour Dispute Arbitration Court within one year of learning your rights were breached; it costs nothing. Communities don't handle arbitration but can connect you with legal aid or a community lawyer.",
      },
      eligibility: {
        zh: "与用人单位发生劳动争议的劳动者（或用人单位）；仲裁时效一般为一年，劳动关系存续期间拖欠工资的不受此限。",
        en: "Workers (or employers) in a labour dispute; the time limit is normally one year, but wage arrears during an ongoing job are not limited.",
      },
      materials: {
        zh: ["居民身份证复印件", "仲裁申请书（写明请求、事实和理由，按被申请人数提交副本）", "被申请单位的名称、地址（可打印工商登记信息）", "证据：劳动合同、工资流水、考勤、聊天记录、解除通知等"],
        en: ["Copy of your ID card", "The application (your claims, the facts and reasons, with a copy for each respondent)", "The employer's registered name and address (a business registry printout is fine)", "Evidence: contract, pay records, attendance, messages, dismissal notice"],
      },
      steps: {
        zh: ["准备申请书和证据", "到仲裁院窗口或网上提交申请", "仲裁院5日内决定是否受理", "开庭前可以调解，调解不成开庭审理", "收到裁决书；不服的可以在15日内向法院起诉"],
        en: ["Prepare the application and evidence", "File at the arbitration court's window or online", "The court decides within 5 days whether to accept", "Mediation is offered before the hearing; otherwise there is a hearing", "You receive the award; if you disagree you can sue in court within 15 days"],
      },
      agency: "jb-arbitration",
      fee: free,
      time_limit: { zh: "受理后45日内结案，复杂案件可延长15日", en: "Decided within 45 days of acceptance; up to 15 more for complex cases" },
      keywords: {
        zh: ["劳动仲裁", "仲裁", "告公司", "告老板", "劳动纠纷", "劳动争议", "被开除", "开除赔偿", "辞退赔偿", "经济补偿金", "N+1", "没签合同", "没签劳动合同", "双倍工资", "加班费", "违法解除", "赔偿金"],
        en: ["labour arbitration", "labor arbitration", "arbitration", "employment dispute", "sue my employer", "sue my company", "wrongful dismissal", "unfair dismissal", "severance pay", "compensation for dismissal", "overtime pay", "no contract"],
      },
      access: "not_here",
    },
    {
      code: "work-injury-recognition",
      group: "labour-rights",
      title: { zh: "工伤认定申请", en: "Work injury recognition" },
      brief: {
        zh: "上班时受了伤，要先申请工伤认定，才能拿工伤待遇。",
        en: "Hurt at work? Apply for work-injury recognition to get injury benefits.",
      },
      summary: {
        zh: "在工作时间、工作场所因工作原因受伤或患职业病的，单位应在30日内申请工伤认定；单位不申请的，本人或家属可以在受伤之日起一年内直接向区人社局申请。认定为工伤后，医疗费、停工期间工资和伤残待遇按工伤保险规定处理。社区不受理。",
        en: "If you are injured at work or get an occupational disease, your employer must apply for work-injury recognition within 30 days; if it doesn't, you or your family can apply to the district social security bureau yourselves within a year of the injury. Once recognised, medical costs, pay while off work and disability benefits follow the work-injury insurance rules. Communities don't handle it.",
      },
      eligibility: {
        zh: "因工作受伤或患职业病的职工，包括上下班途中受到非本人主要责任交通事故伤害的。",
        en: "Employees injured at work or with an occupational disease, including those hurt in a commuting accident that was not mainly their fault.",
      },
      materials: {
        zh: ["工伤认定申请表", "居民身份证", "劳动合同或其他劳动关系证明", "医院诊断证明或病历", "事故经过说明和证人证言"],
        en: ["Work injury recognition form", "Resident ID card", "Contract or other proof of employment", "Hospital diagnosis or medical records", "An account of the accident and witness statements"],
      },
      steps: {
        zh: ["受伤后及时就医，保存好病历和票据", "单位或本人向区人社局提交工伤认定申请", "人社部门调查核实", "作出是否认定工伤的决定", "认定后申请劳动能力鉴定和工伤待遇"],
        en: ["Get treatment promptly and keep the records and receipts", "Your employer, or you, applies to the district social security bureau", "The bureau investigates", "It decides whether the injury counts as a work injury", "Then apply for a disability assessment and work-injury benefits"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "受理后60日内作出认定决定", en: "Decision within 60 days of acceptance" },
      keywords: {
        zh: ["工伤", "工伤认定", "上班受伤", "工地受伤", "摔伤", "工地摔伤", "干活摔伤了", "砸伤", "干活受伤", "干活时受伤", "上下班车祸", "职业病", "工伤赔偿", "工伤保险", "伤残鉴定", "劳动能力鉴定"],
        en: ["work injury", "injured at work", "hurt at work", "workplace accident", "occupational disease", "workers' compensation", "hurt on the job", "commuting accident", "industrial injury"],
      },
      access: "not_here",
    },

    // ── 法律服务 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "legal-aid",
      group: "legal",
      title: { zh: "法律援助申请", en: "Legal aid: a free lawyer if you can't afford one" },
      brief: {
        zh: "请不起律师的，可以申请免费律师帮您打官司。",
        en: "Can't afford a lawyer? Apply for a free one.",
      },
      summary: {
        zh: "经济困难、请不起律师的居民，在讨要工资、工伤赔偿、赡养抚养费、家庭暴力等事项上可以申请法律援助，由律师免费代理；农民工讨薪等部分情形按规定免予经济困难审查。社区可以帮您填表并代为转交申请，也可以先拨打12348法律服务热线咨询。",
        en: "If you can't afford a lawyer, you can apply for legal aid — a lawyer who represents you free — in cases such as unpaid wages, work injuries, maintenance for parents or children, and domestic violence; some cases, such as migrant workers claiming wages, skip the means test. Your community can help with the form and pass the application on, or call the 12348 legal hotline for advice first.",
      },
      eligibility: {
        zh: "经济困难（可以用个人诚信承诺代替证明）并有法律援助需求的公民；法律规定的部分情形不受经济困难条件限制。",
        en: "People of limited means (a signed personal declaration is enough) who need legal help; some cases set by law are exempt from the means test.",
      },
      materials: {
        zh: ["居民身份证", "法律援助申请表", "经济困难状况说明表（个人诚信承诺）", "与案件有关的材料：合同、欠条、病历、判决书等"],
        en: ["Resident ID card", "Legal aid application form", "A statement of your finances (a personal declaration)", "Papers about the case: contracts, IOUs, medical records, judgments"],
      },
      steps: {
        zh: ["到区法律援助中心或社区法律服务点提交申请（社区可代为转交）", "法律援助中心审查", "7日内作出是否给予援助的决定", "指派律师或法律援助人员为您办理"],
        en: ["Apply at the District Legal Aid Centre or your community's legal service point (the community can pass it on)", "The centre reviews it", "It decides within 7 days", "A lawyer or legal aid worker is assigned to your case"],
      },
      agency: "jb-legal-aid",
      fee: free,
      time_limit: { zh: "7日内作出决定", en: "Decision within 7 days" },
      keywords: {
        zh: ["法律援助", "法援", "免费律师", "请不起律师", "找律师", "打官司", "律师费", "12348", "起诉", "被人欺负", "家暴", "家庭暴力", "离婚官司", "赡养费", "抚养费"],
        en: ["legal aid", "free lawyer", "can't afford a lawyer", "need a lawyer", "legal help", "go to court", "lawsuit", "sue someone", "domestic violence", "child support", "free legal representation"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "people-mediation",
      group: "legal",
      title: { zh: "人民调解", en: "Community mediation" },
      brief: {
        zh: "和邻居、家人、物业有矛盾，调解员免费帮您调解。",
        en: "Disputes with neighbours, family or the property manager: free mediation.",
      },
      summary: {
        zh: "邻里纠纷、家庭矛盾、物业纠纷、小额借贷等民间纠纷，可以申请社区人民调解委员会免费调解；调解达成的协议有法律约束力，还可以向法院申请司法确认。先到社区申请，复杂的转街道人民调解委员会。",
        en: "Disputes between neighbours, family quarrels, rows with the property management, small debts and the like can be taken to the community's People's Mediation Committee for free; an agreement reached there is legally binding, and you can ask a court to confirm it. Start at your community; harder cases go to the street mediation committee.",
      },
      eligibility: {
        zh: "居民之间、居民与单位之间的民间纠纷（已经进入诉讼或仲裁程序的除外）。",
        en: "Civil disputes between residents, or between residents and organisations (not cases already in court or arbitration).",
      },
      materials: {
        zh: ["居民身份证", "纠纷情况说明（可口头讲述，由调解员记录）", "相关证据：照片、合同、欠条、聊天记录等", "对方当事人的姓名和联系方式"],
        en: ["Resident ID card", "What the dispute is about (you can tell the mediator, who writes it down)", "Evidence: photos, contracts, IOUs, messages", "The other party's name and contact details"],
      },
      steps: {
        zh: ["向社区人民调解委员会口头或书面申请", "调解员联系双方，征得对方同意", "安排时间当面调解", "达成协议的签订调解协议书，可申请司法确认"],
        en: ["Ask the community mediation committee, in person or in writing", "A mediator contacts both sides and asks the other party to agree", "A mediation meeting is arranged", "If you agree, a settlement is signed; you can ask a court to confirm it"],
      },
      agency: "qc-justice",
      fee: free,
      time_limit: { zh: "一般30日内调解终结", en: "Usually concluded within 30 days" },
      keywords: {
        zh: ["人民调解", "调解", "纠纷", "邻里纠纷", "邻居吵架", "邻居矛盾", "跟邻居闹矛盾", "家庭矛盾", "吵架", "楼上漏水", "噪音扰民", "物业纠纷", "借钱不还", "欠钱不还", "婆媳矛盾", "矛盾调解"],
        en: ["mediation", "mediator", "dispute with neighbour", "neighbour dispute", "neighbour problem", "family conflict", "family argument", "settle a dispute", "noisy neighbours", "leak from upstairs", "owes me money", "argument"],
      },
      access: "handled",
    },
    {
      code: "legal-consultation",
      group: "legal",
      title: { zh: "免费法律咨询（社区法律顾问）", en: "Free legal advice at your community" },
      brief: {
        zh: "社区有法律顾问，免费解答法律问题。",
        en: "Your community's lawyer answers legal questions for free.",
      },
      summary: {
        zh: "每个社区（村）都有签约的法律顾问，定期到社区坐班，免费解答婚姻家庭、房屋、劳动、借贷、继承等法律问题，帮您写简单的法律文书。可以在社区预约当面咨询，也可以电话咨询。",
        en: "Every community and village has a contracted lawyer who holds regular sessions there, answering questions on marriage and family, housing, work, loans and inheritance for free and helping with simple legal documents. Book a face-to-face session at your community, or ask by phone.",
      },
      eligibility: {
        zh: "本社区（村）居民。",
        en: "Residents of the community or village.",
      },
      materials: {
        zh: ["居民身份证", "与问题有关的材料：合同、通知书、判决书等", "事情经过的简要记录（时间、人物、金额），便于律师快速了解"],
        en: ["Resident ID card", "Papers about your question: contracts, notices, judgments", "A short note of what happened (dates, people, amounts) so the lawyer can get up to speed"],
      },
      steps: {
        zh: ["向社区预约法律顾问坐班时间", "带材料当面咨询（或电话、微信咨询）", "律师给出意见，必要时引导调解、法律援助或诉讼"],
        en: ["Book the lawyer's session at your community", "Bring your papers and ask in person (or by phone or WeChat)", "The lawyer advises and, where needed, points you to mediation, legal aid or court"],
      },
      agency: "qc-justice",
      fee: free,
      time_limit: { zh: "即办", en: "On the spot" },
      keywords: {
        zh: ["法律咨询", "免费法律咨询", "法律顾问", "社区律师", "问律师", "咨询律师", "律师咨询", "法律问题", "写诉状", "合同纠纷", "遗产继承", "继承", "遗嘱", "离婚咨询"],
        en: ["free legal advice", "legal advice", "community lawyer", "ask a lawyer", "talk to a lawyer", "legal question", "legal consultation", "inheritance", "will", "divorce advice"],
      },
      access: "handled",
    },

    // ── 党群服务 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "party-membership-transfer",
      group: "party",
      title: { zh: "党组织关系转接", en: "Transferring Party membership" },
      brief: {
        zh: "党员换工作、退休、外出打工，要转组织关系。",
        en: "Party members moving job, retiring or working away transfer their membership.",
      },
      summary: {
        zh: "党员因工作调动、毕业、退休、外出务工等需要转移组织关系的，通过全国党员管理信息系统办理：由原党组织发起、新党组织接收。转入社区党组织的，向社区党委提出，社区协助联系街道党工委办理。",
        en: "Party members who change jobs, graduate, retire or go away to work transfer their membership through the national Party member system: the old branch sends, the new one accepts. To move into your community's Party organisation, tell the community Party committee, which arranges it with the street Party working committee.",
      },
      eligibility: {
        zh: "中国共产党正式党员和预备党员。",
        en: "Full and probationary members of the Communist Party of China.",
      },
      materials: {
        zh: ["居民身份证", "党员身份信息（入党时间、原党组织名称）", "转入地工作或居住证明", "纸质介绍信（系统外转接的）"],
        en: ["Resident ID card", "Your membership details (date you joined, name of your old branch)", "Proof of work or residence at the new place", "A paper letter of introduction (for transfers outside the system)"],
      },
      steps: {
        zh: ["确定转入的党组织并征得同意", "向原党组织提出转出申请", "原党组织在系统中发起转接", "新党组织接收", "到新党组织报到，参加组织生活"],
        en: ["Choose the branch you're moving to and get its agreement", "Ask your old branch to transfer you", "The old branch starts the transfer in the system", "The new branch accepts it", "Report to the new branch and take part in its activities"],
      },
      agency: "qc-party",
      fee: free,
      time_limit: { zh: "系统内转接承诺5个工作日", en: "Within 5 working days inside the system" },
      keywords: {
        zh: ["党组织关系转接", "党组织关系", "党员关系转移", "转党组织关系", "党关系转移", "组织关系", "组织关系转移", "党员转入", "党员转出", "毕业转党关系", "退休党员", "流动党员", "党员报到"],
        en: ["transfer party membership", "party membership transfer", "move party membership", "CPC membership", "party branch transfer", "party member", "party relations"],
      },
      access: "assisted",
    },
    {
      code: "party-application",
      group: "party",
      title: { zh: "入党申请", en: "Joining the Party" },
      brief: {
        zh: "年满18岁，可以向社区党组织交入党申请书。",
        en: "From 18, hand in a Party application to your community's Party branch.",
      },
      summary: {
        zh: "年满18周岁、承认党的纲领和章程的居民，可以向工作单位或居住地社区党组织递交入党申请书；党组织会在一个月内派人谈话，之后要经过入党积极分子、发展对象、预备党员等阶段。没有工作单位的，可以向社区党委申请。",
        en: "Residents aged 18 or over who accept the Party's programme and constitution can hand a written application to the Party organisation at their workplace or in their community; someone will talk with you within a month, and you then go through the stages of activist, candidate and probationary member. If you have no workplace, apply to your community's Party committee.",
      },
      eligibility: {
        zh: "年满18周岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子。",
        en: "Chinese citizens aged 18 or over — workers, farmers, soldiers, intellectuals and others.",
      },
      materials: {
        zh: ["入党申请书（手写）", "居民身份证", "个人简历（学习、工作经历）"],
        en: ["A handwritten application letter", "Resident ID card", "A short CV (education and work)"],
      },
      steps: {
        zh: ["向社区党委（或单位党组织）递交入党申请书", "党组织一个月内派人谈话", "确定为入党积极分子，培养考察一年以上", "确定为发展对象，政治审查和集中培训", "支部大会讨论接收为预备党员"],
        en: ["Hand your application to the community Party committee (or your workplace's)", "Someone talks with you within a month", "You become an activist and are mentored for at least a year", "You become a candidate, with a background check and training", "The branch meeting votes on taking you as a probationary member"],
      },
      agency: "qc-party",
      fee: free,
      time_limit: { zh: "递交后一个月内谈话", en: "An interview within a month of applying" },
      keywords: {
        zh: ["入党", "入党申请", "入党申请书", "申请入党", "怎么入党", "加入共产党", "积极分子", "入党积极分子", "发展党员", "预备党员"],
        en: ["join the party", "party application", "become a party member", "join the Communist Party", "CPC application", "apply for party membership"],
      },
      access: "handled",
    },
    {
      code: "volunteer-registration",
      group: "party",
      title: { zh: "志愿者注册", en: "Registering as a volunteer" },
      brief: {
        zh: "想在社区当志愿者，可以来登记。",
        en: "Sign up to volunteer in your community.",
      },
      summary: {
        zh: "居民可以注册成为社区志愿者，参加环境整治、助老助残、文明劝导、应急值守等活动。服务时长会记录在册，可以按社区规定兑换积分。到社区党群服务中心或在志愿服务平台报名即可。",
        en: "Residents can sign up as community volunteers: clean-ups, helping older and disabled neighbours, civility campaigns, emergency duty and more. Your hours are recorded and can be turned into points under the community's rules. Sign up at your community's service station or on the volunteer platform.",
      },
      eligibility: {
        zh: "愿意参加志愿服务的居民；未成年人需经监护人同意。",
        en: "Any resident who wants to help; under-18s need a parent's or guardian's consent.",
      },
      materials: {
        zh: ["居民身份证", "手机号码", "监护人同意书（未成年人）"],
        en: ["Resident ID card", "A mobile phone number", "Parent's consent (under-18s)"],
      },
      steps: {
        zh: ["到社区党群服务中心或在志愿服务平台注册", "选择服务领域和可服务时间", "报名参加社区发布的志愿活动", "服务时长记入个人记录，可以查询和兑换积分"],
        en: ["Register at your community service station or on the volunteer platform", "Pick the kinds of work and times that suit you", "Sign up for activities your community posts", "Your hours are recorded; you can check them and redeem points"],
      },
      agency: "community-station",
      fee: free,
      time_limit: { zh: "即办", en: "On the spot" },
      keywords: {
        zh: ["志愿者", "志愿服务", "做志愿者", "当志愿者", "义工", "志愿者注册", "公益活动", "服务时长", "积分", "社区活动", "帮忙"],
        en: ["volunteer", "volunteering", "become a volunteer", "community service", "help my community", "volunteer hours", "points"],
      },
      access: "handled",
    },

    // ── 证明开具 ─────────────────────────────────────────────────────────────────────────────────────
    // Most 证明 that residents are still asked for have been cancelled or moved to the office that holds the
    // records. The catalogue lists them anyway, because residents ask for them by name: the not_here ones say
    // where to go instead, and `certificate` stays false because the community must not stamp them.
    {
      code: "residence-certificate",
      group: "certificates",
      title: { zh: "居住证明（社区出具）", en: "Proof of address from the community" },
      brief: {
        zh: "社区可以为住在本社区的居民开居住证明。",
        en: "Your community can certify that you live there.",
      },
      summary: {
        zh: "社区可以为确实在本社区居住的居民出具居住情况证明，用于办理确实需要社区证明的事项（如部分入学、居住证申领）。社区会先核实（查看房产证或租房合同，必要时上门），不能出具与事实不符的证明。很多事项已经改为个人承诺或部门直接核查，办之前请先问清楚对方是否真的需要。",
        en: "Your community can write a letter confirming that you actually live here, for matters that still need one (some school enrolments, residence permit applications). Staff check first — your property certificate or tenancy agreement, and a home visit if needed — and cannot certify anything untrue. Many offices now accept a personal declaration or check the records themselves, so ask first whether you really need it.",
      },
      eligibility: {
        zh: "在本社区实际居住的居民（不限户籍）。",
        en: "People who actually live in the community, whatever their hukou.",
      },
      materials: {
        zh: ["居民身份证", "房产证或租房合同", "户口簿或居住证（如有）", "办理单位要求出具证明的说明或表格"],
        en: ["Resident ID card", "Property certificate or tenancy agreement", "Hukou booklet or residence permit, if you have one", "The requesting office's form or note saying what it needs"],
      },
      steps: {
        zh: ["带材料到社区党群服务中心", "说明用途，工作人员确认该事项确实需要社区证明", "核实居住情况（必要时上门）", "出具证明并加盖社区印章"],
        en: ["Bring the papers to your community service station", "Explain what it's for; staff confirm a community letter is really required", "Staff check that you live here (with a home visit if needed)", "The letter is issued with the community's stamp"],
      },
      agency: "community-station",
      fee: free,
      time_limit: { zh: "材料齐全即办；需上门核实的承诺3个工作日", en: "On the spot with complete papers; within 3 working days if a home visit is needed" },
      keywords: {
        zh: ["居住证明", "开居住证明", "住址证明", "地址证明", "住在这里的证明", "在这里住的证明", "社区证明", "社区开证明", "开证明", "盖章", "居委会盖章", "居委会证明", "租房证明", "实际居住证明"],
        en: ["proof of address", "proof of residence", "residence certificate", "residence letter", "letter from the community", "community stamp", "certificate of residence", "proof I live here", "address certificate"],
      },
      access: "handled",
      certificate: true,
    },
    {
      code: "hardship-certificate",
      group: "certificates",
      title: { zh: "困难证明（家庭经济困难情况证明）", en: "Letter confirming financial hardship" },
      brief: {
        zh: "家里确实困难、要申请资助的，社区可以开困难证明。",
        en: "Your community can certify household hardship for a school, hospital or charity.",
      },
      summary: {
        zh: "家庭确有经济困难、需要向学校、医院或慈善机构申请资助的，社区可以根据核实情况出具家庭经济困难情况证明。低保、特困等已在册的家庭可以直接用民政部门的证件；不少学校的助学金已改为个人承诺，办之前先问清楚是否必须社区盖章。",
        en: "If your household is genuinely struggling and you are applying for help from a school, hospital or charity, your community can write a letter about your situation after checking it. Households already on dibao or extreme-poverty support can simply show their civil affairs papers, and many school grants now accept a personal declaration — ask first whether a community stamp is really needed.",
      },
      eligibility: {
        zh: "本社区户籍或常住、家庭经济确有困难的居民。",
        en: "Residents of the community (by hukou or who live here) whose household is genuinely in financial difficulty.",
      },
      materials: {
        zh: ["居民身份证和户口簿", "家庭收入情况说明", "困难情况材料：低保证、残疾人证、病历或医疗费票据等", "资助单位要求填写的表格（如有）"],
        en: ["ID card and hukou booklet", "A statement of household income", "Papers showing the hardship: dibao or disability card, medical records or bills", "The form the school or charity wants filled in, if any"],
      },
      steps: {
        zh: ["带材料到社区说明用途", "社区核实家庭情况（必要时上门、走访邻里）", "在证明或对方表格上如实填写并盖章"],
        en: ["Bring the papers to your community and explain what the letter is for", "Staff check your situation (with a home visit if needed)", "They fill in the letter or form truthfully and stamp it"],
      },
      agency: "community-station",
      fee: free,
      time_limit: { zh: "承诺3个工作日", en: "Within 3 working days" },
      keywords: {
        zh: ["困难证明", "贫困证明", "家庭困难证明", "经济困难证明", "家庭经济困难", "助学金证明", "开贫困证明", "助学贷款证明", "困难补助证明", "家里穷证明", "盖章"],
        en: ["hardship letter", "proof of hardship", "proof of financial hardship", "poverty certificate", "low-income proof", "letter for a school grant", "proof of financial need", "financial difficulty letter"],
      },
      access: "handled",
      certificate: true,
    },
    {
      code: "kinship-certificate",
      group: "certificates",
      title: { zh: "亲属关系证明", en: "Proof of family relationship" },
      brief: {
        zh: "社区不开亲属关系证明，要去公证处办。",
        en: "Communities don't issue proof of kinship; the notary office does.",
      },
      summary: {
        zh: "社区（居委会）不能出具亲属关系证明。户口簿上能看出关系的，直接用户口簿；需要证明的，到户籍地派出所申请开具户籍信息证明，或到公证处办理亲属关系公证（出国、继承时常用）。社区可以告诉您该去哪、带什么。",
        en: "Communities (residents' committees) cannot certify family relationships. If the hukou booklet shows the relationship, use that; otherwise ask the police station of your hukou for a household record certificate, or get a notarised kinship certificate at the notary office (usual for going abroad or inheritance). Your community can tell you where to go and what to bring.",
      },
      eligibility: {
        zh: "需要证明亲属关系的人员，由派出所或公证处办理。",
        en: "Anyone who needs to prove a family relationship — through the police station or the notary office.",
      },
      materials: {
        zh: ["本人和亲属的身份证、户口簿", "能反映关系的出生医学证明、结婚证或档案材料", "公证申请表和用途说明（办理公证的）"],
        en: ["ID cards and hukou booklets of you and your relative", "Documents that show the relationship: birth certificate, marriage certificate, archive records", "Notary application form and the purpose (for notarisation)"],
      },
      steps: {
        zh: ["先确认户口簿能否直接证明", "不能的，到户籍地派出所申请户籍信息证明", "需要公证的（出国、继承等），到公证处申请亲属关系公证", "公证处审核后出具公证书"],
        en: ["First check whether the hukou booklet already shows it", "If not, ask the police station of your hukou for a household record certificate", "If it must be notarised (abroad, inheritance), apply to the notary office", "The notary checks and issues the notarial certificate"],
      },
      agency: "jb-notary",
      fee: { zh: "派出所免费；公证按规定收费", en: "Police station free; notary fees as set" },
      time_limit: { zh: "派出所一般即办；公证一般5–15个工作日", en: "Police station usually on the spot; notary usually 5–15 working days" },
      keywords: {
        zh: ["亲属关系证明", "亲属证明", "关系证明", "父子关系证明", "母子关系证明", "直系亲属证明", "亲属关系公证", "继承公证", "社区开亲属证明", "居委会开亲属证明", "证明我是他儿子", "家属证明"],
        en: ["proof of kinship", "kinship certificate", "proof of family relationship", "relationship certificate", "notarised kinship", "parent-child relationship", "prove I'm his son", "prove I'm her daughter", "inheritance papers"],
      },
      access: "not_here",
    },
    {
      code: "marital-status-certificate",
      group: "certificates",
      title: { zh: "婚姻状况证明", en: "Proof of marital status" },
      brief: {
        zh: "社区不开单身证明，婚姻状况证明要去婚姻登记处开。",
        en: "Communities don't issue proof of single status; the marriage registry does.",
      },
      summary: {
        zh: "社区（居委会）不出具婚姻状况证明，也不开“未婚证明”“单身证明”。多数事项可以用个人书面承诺代替；确需婚姻登记记录的，本人到区民政局婚姻登记处申请查询婚姻登记档案；出国使用的，到公证处办理婚姻状况公证。",
        en: "Communities do not issue marital status letters — no 'single' or 'unmarried' certificates. Most offices accept a written personal declaration instead; if a marriage registration record is really needed, go in person to the district marriage registry to request a search of its records; for use abroad, get a notarised statement at the notary office.",
      },
      eligibility: {
        zh: "需要证明本人婚姻状况的人员，本人到婚姻登记处或公证处办理。",
        en: "Anyone who must prove their marital status — in person, at the marriage registry or the notary office.",
      },
      materials: {
        zh: ["居民身份证", "户口簿", "结婚证或离婚证（如有）", "用途说明"],
        en: ["Resident ID card", "Hukou booklet", "Marriage or divorce certificate, if any", "What it is needed for"],
      },
      steps: {
        zh: ["先问办理单位是否接受个人承诺书", "确需登记记录的，本人到婚姻登记处申请查询婚姻登记档案", "出国使用的，到公证处办理婚姻状况公证"],
        en: ["First ask the office whether a personal declaration will do", "If a record is needed, request a search of the marriage records at the registry in person", "For use abroad, get it notarised at the notary office"],
      },
      agency: "jb-marriage",
      fee: { zh: "档案查询免费；公证按规定收费", en: "Record search free; notary fees as set" },
      time_limit: { zh: "档案查询即办", en: "Record search on the spot" },
      keywords: {
        zh: ["婚姻状况证明", "婚姻证明", "单身证明", "未婚证明", "没结婚证明", "结婚证明", "离婚证明", "婚姻登记记录", "婚姻档案查询", "未婚公证", "社区开未婚证明"],
        en: ["marital status certificate", "proof of marital status", "proof of single status", "single certificate", "certificate of no marriage", "unmarried certificate", "proof of marriage", "marriage record"],
      },
      access: "not_here",
    },
    {
      code: "no-criminal-record-certificate",
      group: "certificates",
      title: { zh: "无犯罪记录证明", en: "Certificate of no criminal record" },
      brief: {
        zh: "无犯罪记录证明由派出所开，社区不能开。",
        en: "The police issue criminal record certificates, not the community.",
      },
      summary: {
        zh: "无犯罪记录证明由公安机关出具，社区（居委会）不能开。本人可以到户籍地或居住地派出所申请，也可以在公安政务服务平台网上申请并下载电子证明；出国使用的还要办公证。社区可以告诉您网上怎么办。",
        en: "Only the police issue a certificate of no criminal record — communities cannot. Apply at the police station of your hukou or where you live, or online on the police services platform, where you can download an electronic certificate; for use abroad it must also be notarised. Your community can show you how to apply online.",
      },
      eligibility: {
        zh: "需要证明本人没有犯罪记录的人员，向户籍地或居住地公安机关申请；可以委托他人代办。",
        en: "Anyone who needs it applies to the police of their hukou or where they live; someone else can apply for you with your authorisation.",
      },
      materials: {
        zh: ["居民身份证", "户口簿（户籍地申请）或居住证（居住地申请）", "用途说明（如单位出具的需求函）", "授权委托书和代理人身份证（委托他人办理的）"],
        en: ["Resident ID card", "Hukou booklet (applying where your hukou is) or residence permit (applying where you live)", "What it's for (for example, a letter from the employer)", "Letter of authorisation and the agent's ID (if someone applies for you)"],
      },
      steps: {
        zh: ["网上申请：登录公安政务服务平台或公安手机应用提交", "或到派出所户籍室窗口申请", "派出所核查", "出具证明（网上申请的可下载电子证明）", "出国使用的到公证处办理公证"],
        en: ["Online: apply on the police services platform or app", "Or apply at the police station's household registration desk", "The police station checks the records", "The certificate is issued (download it if you applied online)", "For use abroad, have it notarised at the notary office"],
      },
      agency: "qc-police",
      fee: free,
      time_limit: { zh: "一般承诺3个工作日", en: "Usually within 3 working days" },
      keywords: {
        zh: ["无犯罪记录证明", "无犯罪证明", "无犯罪记录", "开无犯罪", "良民证", "犯罪记录证明", "政审证明", "没犯罪证明", "没有犯罪记录", "出国无犯罪证明", "社区开无犯罪证明"],
        en: ["police clearance", "police clearance certificate", "police certificate", "criminal record certificate", "no criminal record", "certificate of no criminal record", "background check", "good conduct certificate", "criminal background check"],
      },
      access: "not_here",
    },
    {
      code: "marriage-birth-certificate",
      group: "certificates",
      title: { zh: "流动人口婚育证明（已取消）", en: "Migrant marriage and childbirth certificate (abolished)" },
      brief: {
        zh: "流动人口婚育证明已经取消，不用再办了。",
        en: "The migrants' marriage and childbirth certificate is abolished: nothing to get.",
      },
      summary: {
        zh: "流动人口婚育证明已经取消，不需要再办，社区也不出具。办理居住证、入学、就业等事项都不再查验；如有单位仍然要求，可以告诉对方这一证明已取消，确需说明的用个人承诺，或拨打12345反映。",
        en: "The migrant marriage and childbirth certificate has been abolished: you don't need one and communities don't issue it. Residence permits, school places and jobs no longer ask for it; if an office still does, tell them it was abolished, make a personal declaration if something must be stated, or report it to the 12345 hotline.",
      },
      eligibility: {
        zh: "无需办理。",
        en: "Nothing to apply for.",
      },
      materials: {
        zh: ["不需要办理此证明，也不需要准备材料", "居民身份证（需要写个人承诺时带上）", "对方要求提供该证明的通知或截图（便于社区帮您核实，或向12345反映）"],
        en: ["There is nothing to apply for and nothing to prepare", "Your ID card, if you have to sign a personal declaration", "The notice or screenshot asking you for it (so the community can check, or you can report it to 12345)"],
      },
      steps: {
        zh: ["确认对方要的是否就是婚育证明", "告知对方该证明已经取消", "确需说明婚育情况的，本人书写承诺", "仍被要求的，拨打12345反映"],
        en: ["Check that what's being asked for really is this certificate", "Tell the office it has been abolished", "If your marital or childbirth status must be stated, write a personal declaration", "If they still insist, report it to 12345"],
      },
      agency: "jb-health",
      fee: free,
      time_limit: { zh: "无需办理", en: "Nothing to apply for" },
      keywords: {
        zh: ["婚育证明", "流动人口婚育证明", "婚育证", "计生证明", "计划生育证明", "流动人口证明", "外地人婚育证明", "生育证明"],
        en: ["marriage and childbirth certificate", "family planning certificate", "migrant family planning proof", "birth control certificate", "marital and fertility certificate"],
      },
      access: "not_here",
    },

    // ── 农业农村 ─────────────────────────────────────────────────────────────────────────────────────
    {
      code: "land-contract-transfer",
      group: "rural",
      title: { zh: "农村土地承包经营权流转", en: "Renting out contracted farmland" },
      brief: {
        zh: "承包地不想种了，可以签合同租给别人种。",
        en: "Don't want to farm your land? Let it out under a written contract.",
      },
      summary: {
        zh: "承包农户可以把承包地的经营权出租（转包）、入股，或用其他方式流转给种植大户、合作社等，要签书面流转合同，期限不能超过承包期剩下的年限，也不能改变土地的农业用途。村委会可以帮您核实地块、起草合同，合同报街道农村经营管理站备案。",
        en: "A farming household can rent out its contracted land, put it into a cooperative as a share, or transfer the right to farm it in other ways — to large growers, cooperatives and so on. It needs a written contract, it can't run past the rest of your contract term, and the land must stay farmland. The village committee can check the plots and draft the contract with you; the contract is filed with the street's rural economy office.",
      },
      eligibility: {
        zh: "依法取得土地承包经营权的农户；受让方应当有农业经营能力。",
        en: "Households that hold contracted land rights; whoever takes the land over must be able to farm it.",
      },
      materials: {
        zh: ["承包方身份证和户口簿", "农村土地承包经营权证（确权登记证书）", "流转合同（可用示范文本）", "受让方身份证或营业执照", "流转地块的位置、四至和面积清单"],
        en: ["The contracting household's ID cards and hukou booklet", "Rural land contract certificate", "The transfer contract (a model contract is available)", "The other party's ID card or business licence", "A list of the plots: location, boundaries and area"],
      },
      steps: {
        zh: ["双方商定流转方式、期限和价款", "向村委会申请核实地块，签订书面流转合同", "报街道农村经营管理站备案", "按合同支付流转费；发生纠纷可以申请调解或仲裁"],
        en: ["Agree how, for how long and for how much", "Ask the village committee to check the plots and sign a written contract", "File it with the street's rural economy office", "Rent is paid as agreed; disputes can go to mediation or arbitration"],
      },
      agency: "lh-street",
      fee: free,
      time_limit: { zh: "备案承诺5个工作日", en: "Filed within 5 working days" },
      keywords: {
        zh: ["土地流转", "承包地流转", "土地出租", "租地", "把地租出去", "地租出去", "田租出去", "转包土地", "土地承包", "土地经营权", "种地", "流转合同", "承包经营权", "地不种了", "土地入股"],
        en: ["land transfer", "rent out farmland", "rent out my land", "lease farmland", "land contract", "farmland rental", "contracted land", "transfer land use rights", "farmland"],
      },
      access: "assisted",
    },
    {
      code: "farmland-subsidy",
      group: "rural",
      title: { zh: "耕地地力保护补贴", en: "Farmland protection subsidy" },
      brief: {
        zh: "种地的农户每年能领种粮补贴，直接打到一卡通上。",
        en: "Farming households get a yearly subsidy paid to their farm subsidy card.",
      },
      summary: {
        zh: "拥有承包地、并实际种植农作物的农户，每年可以领取耕地地力保护补贴（俗称种粮补贴），按村里核实的面积计算，通过惠农补贴“一卡通”直接打到农户账户。每年春季由村委会统计面积并公示，不用自己跑部门。",
        en: "Households with contracted land that is actually farmed receive the farmland protection subsidy every year (often called the grain subsidy), calculated on the area the village confirms and paid straight into the household's farm-subsidy account. The village committee counts the areas each spring and posts them — you don't need to go to any office.",
      },
      eligibility: {
        zh: "拥有耕地承包权、且耕地保持种植用途的农户；撂荒或改变用途的耕地不能享受。",
        en: "Households holding contracted farmland that is still farmed; abandoned land or land used for something else does not qualify.",
      },
      materials: {
        zh: ["居民身份证", "农村土地承包经营权证", "惠农补贴“一卡通”或社会保障卡"],
        en: ["Resident ID card", "Rural land contract certificate", "Farm-subsidy card or social security card"],
      },
      steps: {
        zh: ["村委会统计核实种植面积", "在村内公示，有异议的及时向村委会提出", "街道和区农业农村局审核", "补贴资金通过“一卡通”发放"],
        en: ["The village committee records and checks the farmed area", "The list is posted in the village — raise any mistake with the committee", "The street office and the district agriculture bureau review it", "The subsidy is paid to the farm-subsidy card"],
      },
      agency: "jb-agri",
      fee: free,
      time_limit: { zh: "按年度统一发放", en: "Paid once a year" },
      keywords: {
        zh: ["种粮补贴", "耕地地力保护补贴", "地力补贴", "农业补贴", "粮食补贴", "种地补贴", "惠农补贴", "一卡通", "农民补贴", "耕地补贴", "农补", "种田补贴"],
        en: ["farming subsidy", "farmland subsidy", "grain subsidy", "agricultural subsidy", "subsidy for farmers", "crop subsidy", "farm subsidy"],
      },
      access: "handled",
    },
    {
      code: "homestead-application",
      group: "rural",
      title: { zh: "农村宅基地申请", en: "Rural house plot (homestead) application" },
      brief: {
        zh: "农村盖房、翻建，要先申请宅基地，批了才能动工。",
        en: "Building or rebuilding a village house needs house-plot approval first.",
      },
      summary: {
        zh: "农村村民一户只能拥有一处宅基地。符合分户条件、没有宅基地，或现有住房面积低于标准的，可以申请新建、改建住房用地：向村集体提出申请，经村民小组讨论、公示后报街道（乡镇）审批，拿到批准书和乡村建设规划许可证后才能动工。",
        en: "Each village household may have only one house plot. If you are setting up a new household, have no plot, or your home is below the standard size, you can apply for land to build or rebuild: apply to the village collective; after the villagers' group discusses it and a public notice, the street (township) office decides, and you may start building only once you hold the approval and the rural building permit.",
      },
      eligibility: {
        zh: "本村集体经济组织成员，符合“一户一宅”和村庄规划；出卖、出租或赠与住宅后再申请的不予批准。",
        en: "Members of the village collective, in line with 'one household, one plot' and the village plan; anyone who has sold, let or given away a home cannot apply again.",
      },
      materials: {
        zh: ["农村宅基地和建房（规划许可）申请表", "申请人和家庭成员的身份证、户口簿", "村民小组会议记录和公示材料", "现有住房情况说明", "建房设计图或选用的通用图（建房的）"],
        en: ["Rural house plot and building (planning permit) application form", "ID cards and hukou booklet of the applicant and household", "Minutes of the villagers' group meeting and the public notice", "A description of your current home", "The house design, or the standard design you chose (if building)"],
      },
      steps: {
        zh: ["向村民小组提出书面申请", "村民小组讨论并公示", "村委会审核后报街道便民服务中心", "街道组织现场查看并审批", "领取批准书后开工，竣工后申请验收"],
        en: ["Apply in writing to your villagers' group", "The group discusses it and posts a notice", "The village committee reviews it and sends it to the street service centre", "The street office inspects the site and decides", "Start building after receiving the approval; apply for an inspection when finished"],
      },
      agency: "lh-street",
      fee: free,
      time_limit: { zh: "街道审批承诺20个工作日", en: "Street office decision within 20 working days" },
      keywords: {
        zh: ["宅基地", "宅基地申请", "申请宅基地", "建房", "盖房子", "盖房", "农村建房", "自建房", "翻建房子", "翻修房子", "分户建房", "申请地基", "农村盖房审批", "一户一宅", "建房许可"],
        en: ["homestead", "house plot", "rural house plot", "build a house in the village", "build a house", "apply for a house plot", "rural housing land", "rebuild my house"],
      },
      access: "assisted",
    },

    // ── 亲人去世后 ───────────────────────────────────────────────────────────────────────────────────
    {
      code: "death-certificate",
      group: "bereavement",
      title: { zh: "居民死亡医学证明", en: "Medical certificate of death" },
      brief: {
        zh: "家人去世后先开死亡医学证明，火化、销户口、领丧葬费都要用。",
        en: "When someone dies, the medical certificate of death comes first: everything else needs it.",
      },
      summary: {
        zh: "家人去世后，先要开《居民死亡医学证明》，火化、注销户口、领丧葬费都要用它。在医院去世的由医院开；在家里去世的，打电话给社区卫生服务中心，医生上门核实后开具。社区可以帮您联系。",
        en: "When someone dies, the medical certificate of death comes first: cremation, cancelling the hukou and funeral grants all need it. The hospital issues it for a death in hospital; for a death at home, call the community health centre and a doctor comes to the home and issues it. Your community can make the call for you.",
      },
      eligibility: {
        zh: "去世者的家属或负责办理后事的人。",
        en: "The family of the person who died, or whoever arranges the funeral.",
      },
      materials: {
        zh: ["去世者的身份证和户口簿", "办理人的身份证", "病历或就医记录（有的请带上）"],
        en: ["The ID card and hukou booklet of the person who died", "Your own ID card", "Medical records, if there are any"],
      },
      steps: {
        zh: ["在家里去世的，打电话给社区卫生服务中心（或请社区帮您联系）", "医生上门核实情况", "当场或次日开具《居民死亡医学证明》", "凭证明联系殡仪馆，再去派出所注销户口"],
        en: ["For a death at home, call the community health centre (or ask your community to)", "A doctor comes to the home", "The certificate is issued on the spot or the next day", "With it, call the funeral home, then cancel the hukou at the police station"],
      },
      agency: "qc-chc",
      fee: free,
      time_limit: { zh: "当场或次日", en: "On the spot or the next day" },
      keywords: {
        zh: ["死亡证明", "死亡医学证明", "开死亡证明", "在家去世", "在家里去世", "老人在家去世", "家里有人去世", "人走了", "老人走了", "过世", "去世", "离世", "病故", "后事", "办后事", "身后事", "老伴去世", "老伴走了", "爸走了", "妈走了", "父亲去世", "母亲去世"],
        en: ["death certificate", "medical certificate of death", "died at home", "someone died", "passed away", "death in the family", "bereavement", "my husband died", "my wife died", "my father died", "my mother died"],
      },
      access: "assisted",
    },
    {
      code: "funeral-allowance",
      group: "bereavement",
      title: { zh: "丧葬补贴（基本殡葬服务费用减免）", en: "Funeral cost relief (basic funeral services)" },
      brief: {
        zh: "本区居民去世后，火化等基本殡葬费用可以减免，困难家庭补得更多。",
        en: "When a resident dies, basic funeral costs such as cremation are reduced or free.",
      },
      summary: {
        zh: "本区户籍居民去世后，遗体接运、火化、骨灰寄存等基本殡葬服务费用可以减免，低保、特困等困难家庭还可以多补一些。在殡仪馆办理火化时直接减免，不用先交钱再报销；社区可以帮您准备材料。",
        en: "When a resident with a local hukou dies, the basic funeral services — collecting the body, cremation, keeping the ashes — are free or reduced, with more help for families on dibao or in extreme poverty. The funeral home takes it off the bill at cremation: nothing to pay first and claim back. Your community can help with the papers.",
      },
      eligibility: {
        zh: "去世时为本区户籍的居民；在本区居住一年以上的外地户籍居民也可以申请。",
        en: "Residents who had a hukou in the district; people with a hukou elsewhere who had lived here for over a year can apply too.",
      },
      materials: {
        zh: ["《居民死亡医学证明》", "去世者的身份证和户口簿", "办理人的身份证", "低保证、特困证等（困难家庭多补的）"],
        en: ["The medical certificate of death", "The ID card and hukou booklet of the person who died", "Your own ID card", "Dibao or extreme-poverty papers, for the extra help"],
      },
      steps: {
        zh: ["联系殡仪馆接运遗体", "在殡仪馆服务窗口出示材料，办理火化时直接减免", "困难家庭的额外补贴，由社区帮您报街道审核", "补贴发放到办理人的银行卡"],
        en: ["Call the funeral home to collect the body", "Show the papers at its desk: the relief comes off the cremation bill", "For the extra help for families in hardship, the community sends the papers to the street office", "The extra help is paid to your bank card"],
      },
      agency: "jb-funeral",
      fee: free,
      time_limit: { zh: "火化时当场减免；困难补贴承诺15个工作日", en: "Taken off at cremation; extra help within 15 working days" },
      keywords: {
        zh: ["丧葬补贴", "丧葬费", "丧葬补助", "殡葬", "惠民殡葬", "火化", "火化费", "火葬", "办丧事", "丧事", "殡仪馆", "骨灰", "安葬", "老伴去世", "老伴走了", "家人去世", "父亲去世", "母亲去世", "老人去世", "去世", "过世", "走了", "人没了", "爸走了", "妈走了"],
        en: ["funeral", "funeral costs", "funeral grant", "funeral allowance", "cremation", "burial", "ashes", "died", "passed away", "my husband died", "my wife died", "death in the family"],
      },
      access: "assisted",
      proxy: true,
    },
    {
      code: "hukou-cancellation",
      group: "bereavement",
      title: { zh: "死亡注销户口", en: "Cancelling the hukou of someone who has died" },
      brief: {
        zh: "家人去世后一个月内，到派出所注销户口、交回身份证。",
        en: "Within a month of a death, cancel the hukou and hand in the ID card at the police station.",
      },
      summary: {
        zh: "家人去世后，家属要在一个月内到户籍所在地派出所注销户口，同时交回身份证。注销后才能办理遗属待遇、房产过户、继承等后续事项。",
        en: "Within a month of a death, the family cancels the person's hukou at the police station where it is registered and hands in their ID card. The survivor's benefits, a house transfer and inheritance all come after it.",
      },
      eligibility: {
        zh: "去世者的家属（同一户口簿上的家人或其他近亲属）。",
        en: "The family of the person who died (someone in the same hukou booklet or another close relative).",
      },
      materials: {
        zh: ["《居民死亡医学证明》或火化证明", "去世者的户口簿和身份证", "办理人的身份证"],
        en: ["The medical certificate of death or the cremation certificate", "The hukou booklet and ID card of the person who died", "Your own ID card"],
      },
      steps: {
        zh: ["带齐材料到户籍所在地派出所户籍室", "交回去世者的身份证", "民警当场注销，在户口簿上盖章", "需要的话，当场开具户口注销证明"],
        en: ["Take the papers to the hukou desk of the police station where the hukou is registered", "Hand in the ID card of the person who died", "It is cancelled on the spot and the booklet stamped", "Ask for a cancellation certificate if you need one"],
      },
      agency: "qc-police",
      fee: free,
      time_limit: { zh: "当场办结", en: "Done on the spot" },
      keywords: {
        zh: ["注销户口", "死亡注销", "户口注销", "销户", "去世销户", "去世后户口", "人去世了户口怎么办", "交回身份证", "去世", "过世", "老伴去世", "父亲过世", "母亲过世", "户口本上去掉", "老伴走了", "爸走了", "妈走了"],
        en: ["cancel hukou", "cancel the hukou", "hukou cancellation", "died hukou", "late father", "late mother", "deceased", "after a death", "hand in id card", "my husband died", "my wife died", "my father died", "my mother died"],
      },
      access: "not_here",
    },
    {
      code: "survivor-benefits",
      group: "bereavement",
      title: { zh: "养老保险丧葬补助金和抚恤金（遗属待遇）", en: "Funeral grant and survivor's pension from pension insurance" },
      brief: {
        zh: "领养老金的人去世后，家属可以领丧葬补助金和抚恤金。",
        en: "When a pensioner dies, the family gets a funeral grant and a survivor's payment.",
      },
      summary: {
        zh: "领养老金或交着养老保险的人去世后，家属可以一次性领丧葬补助金和抚恤金；养老保险个人账户里剩下的钱也可以继承。同时要停发养老金，多领的要退回。社区可以帮您提交。",
        en: "When someone who drew a pension or paid into pension insurance dies, the family gets a one-off funeral grant and survivor's payment, and can inherit what is left in the personal pension account. The pension stops, and anything paid after the death is returned. Your community can hand in the claim.",
      },
      eligibility: {
        zh: "参加职工养老保险或城乡居民养老保险的人去世后，其配偶、子女、父母等直系亲属。",
        en: "The spouse, children or parents of someone who was in employees' or residents' pension insurance.",
      },
      materials: {
        zh: ["《居民死亡医学证明》和户口注销证明", "去世者的身份证或社保卡", "申领人的身份证和银行卡", "亲属关系证明（户口簿能证明的不用）"],
        en: ["The medical certificate of death and the hukou cancellation certificate", "The ID card or social security card of the person who died", "Your own ID card and bank card", "Proof of kinship (not needed if the hukou booklet shows it)"],
      },
      steps: {
        zh: ["先注销户口", "到社区或区人社窗口提交申请（社区可代交）", "人社部门核对并停发养老金", "丧葬补助金、抚恤金和个人账户余额打到申领人的银行卡"],
        en: ["Cancel the hukou first", "Apply at your community or the district social security window (the community can hand it in)", "Social security checks it and stops the pension", "The grants and the account balance are paid to your bank card"],
      },
      agency: "jb-hrss",
      fee: free,
      time_limit: { zh: "承诺15个工作日", en: "Within 15 working days" },
      keywords: {
        zh: ["遗属待遇", "丧葬补助金", "抚恤金", "丧葬费", "个人账户继承", "养老金继承", "养老保险继承", "去世后养老金", "养老金怎么办", "停发养老金", "遗属", "老伴去世", "老伴走了", "去世", "过世", "爸走了", "妈走了"],
        en: ["survivor pension", "survivor's pension", "survivors benefits", "funeral grant", "death grant", "pension after death", "inherit pension", "widow", "widower", "my husband died", "my wife died"],
      },
      access: "assisted",
      proxy: true,
    },

    // ── 更多日常事务 ─────────────────────────────────────────────────────────────────────────────────
    {
      code: "domestic-violence-help",
      group: "legal",
      title: { zh: "家庭暴力求助（告诫书、人身安全保护令）", en: "Help against domestic violence (warnings, protection orders)" },
      brief: {
        zh: "有危险先打110。被家人打骂、威胁，可以找社区、妇联求助。",
        en: "In danger, call 110 first. Hit or threatened at home? Your community and the Women's Federation help.",
      },
      summary: {
        zh: "遭受家庭暴力的，有危险时先打110。之后可以找社区、妇联求助：派出所可以给施暴人出具告诫书，法院可以发人身安全保护令，妇联和法律援助中心帮您申请、陪同和找临时住处。社区会为您保密。",
        en: "If you suffer domestic violence and are in danger, call 110 first. Then ask your community or the Women's Federation for help: the police can give the abuser a formal warning, the court can issue a protection order, and the Federation and legal aid help you apply, go with you and find a safe place to stay. Your community keeps it confidential.",
      },
      eligibility: {
        zh: "受到家庭成员（包括共同生活的人）殴打、威胁、虐待、限制自由的人；老人、孩子、残疾人可以由别人代为求助。",
        en: "Anyone hit, threatened, abused or kept from going out by a family member or someone they live with; someone else can ask for help for an older person, a child or a disabled person.",
      },
      materials: {
        zh: ["身份证（没有也可以先求助）", "受伤的照片、病历、报警回执、聊天记录等（有的请带上）"],
        en: ["ID card (you can ask for help without it)", "Photos of injuries, medical records, the police receipt, messages — whatever you have"],
      },
      steps: {
        zh: ["有危险马上打110", "找社区、妇联或派出所求助（可以打电话）", "需要的，派出所出具告诫书", "妇联或法律援助中心帮您向法院申请人身安全保护令"],
        en: ["In danger, call 110 at once", "Ask your community, the Women's Federation or the police for help (a phone call is enough)", "The police can issue a formal warning", "The Federation or legal aid helps you ask the court for a protection order"],
      },
      agency: "jb-women",
      fee: free,
      time_limit: { zh: "紧急的当天处理；保护令法院72小时内作出（紧急的24小时内）", en: "Urgent cases the same day; the court decides a protection order within 72 hours (24 if urgent)" },
      keywords: {
        zh: ["家暴", "家庭暴力", "被打", "打我", "老公打我", "丈夫打我", "儿子打我", "挨打", "虐待", "虐待老人", "威胁", "人身安全保护令", "保护令", "告诫书", "妇联", "不敢回家"],
        en: ["domestic violence", "domestic abuse", "hits me", "beats me", "abuse", "abused", "protection order", "restraining order", "violent husband", "women's federation", "elder abuse"],
      },
      access: "assisted",
    },
    {
      code: "home-adaptation",
      group: "elderly",
      title: { zh: "居家适老化改造（扶手、防滑、坐便椅等）", en: "Making a home safe for older people (grab bars, non-slip floors)" },
      brief: {
        zh: "给老人家里装扶手、防滑垫、坐便椅，困难家庭政府出钱。",
        en: "Grab bars, non-slip mats and commode chairs for older people's homes, paid for families in hardship.",
      },
      summary: {
        zh: "家里有高龄、失能、残疾老人的，可以申请居家适老化改造：装扶手、铺防滑垫、换坐便椅、装紧急呼叫器等。低保、特困等困难老人家庭由政府补贴，其他家庭可以按优惠价自费。社区上门评估，帮您申请。",
        en: "Homes of very old, frail or disabled people can be adapted: grab bars, non-slip mats, a commode chair, an emergency call button and the like. Families on dibao or in extreme poverty have it paid for; others pay a reduced price. The community assesses the home and applies for you.",
      },
      eligibility: {
        zh: "家里有60周岁以上老人的本区居民；低保、特困、失能、高龄老人家庭优先并享受补贴。",
        en: "Households in the district with someone aged 60 or over; families on dibao or in extreme poverty, and frail or very old people, come first and have it paid for.",
      },
      materials: {
        zh: ["老人的身份证和户口簿", "低保证、特困证或残疾人证（有的请带上）", "房屋产权证明或租房合同"],
        en: ["The older person's ID card and hukou booklet", "Dibao, extreme-poverty or disability card, if any", "Proof you own or rent the home"],
      },
      steps: {
        zh: ["向社区提出申请", "社区和服务机构上门评估，商量改什么", "签订改造协议，施工", "完工后验收，补贴直接付给施工方"],
        en: ["Ask your community", "The community and a provider visit and agree what to change", "An agreement is signed and the work is done", "It is checked when finished; the subsidy is paid straight to the provider"],
      },
      agency: "jb-civil",
      fee: { zh: "困难老人家庭免费；其他家庭按优惠价自费", en: "Free for families in hardship; others pay a reduced price" },
      time_limit: { zh: "评估后承诺30个工作日内完工", en: "Finished within 30 working days of the assessment" },
      keywords: {
        zh: ["适老化改造", "居家改造", "装扶手", "扶手", "防滑", "防滑垫", "坐便椅", "老人摔倒", "怕老人摔", "紧急呼叫器", "无障碍改造", "卫生间改造", "家里改造", "老人家里"],
        en: ["home adaptation", "grab bars", "grab rail", "handrail", "non-slip", "fall prevention", "elderly home safety", "bathroom for elderly", "commode"],
      },
      access: "assisted",
    },
  ],
};

/** Loads the demo catalogue into a database without services. */
export const catalogSeed: Seed = {
  name: "catalogue",
  async load(deps) {
    if ((await countServices(deps.directory.orm)) > 0) return { agencies: 0, services: 0 };
    const report = await importCatalog(deps, demoCatalog, { actor: "system", source: "demo" });
    if (!report.ok) throw new Error(`the demo catalogue does not import: ${report.errors.join("; ")}`);
    return { agencies: report.agencies.added, services: report.services.added };
  },
};
