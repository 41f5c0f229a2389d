// Text oddities (scripts, direction, marks, invisible characters, extreme sentences) through extraction + summary.
import { describe, expect, it } from 'vitest';
import { articleHtml, expectVerbatim, pipeline } from './pipeline';

const AR = [
  'أعلنت البلدية يوم الأحد أنها ستفتح المكتبة المركزية من جديد بعد عامين من أعمال الترميم التي شملت السقف والقاعات الكبرى.',
  'وقال رئيس البلدية إن المكتبة ستبقى مفتوحة حتى منتصف الليل في أيام الامتحانات حتى يجد الطلاب مكانا هادئا للدراسة.',
  'وتضم المكتبة الآن أكثر من مئتي ألف كتاب، بينها مخطوطات نادرة تعود إلى القرن الثامن عشر وخرائط قديمة للمدينة.',
  'وأضاف أن قاعة جديدة للأطفال ستفتتح في الربيع المقبل مع برنامج أسبوعي للقراءة بصوت عال.',
  'ويأمل السكان أن تعود المكتبة مركزا للحياة الثقافية في الحي كما كانت قبل إغلاقها.',
  'وقد بلغت تكلفة الترميم نحو ثلاثة ملايين دينار دفعت البلدية نصفها وتبرع السكان بالباقي.',
];
const HE = [
  'העירייה הודיעה ביום ראשון כי הספרייה המרכזית תיפתח מחדש אחרי שנתיים של שיפוצים שכללו את הגג ואת האולמות הגדולים.',
  'ראש העירייה אמר שהספרייה תישאר פתוחה עד חצות בתקופת הבחינות כדי שלסטודנטים יהיה מקום שקט ללמוד.',
  'בספרייה יש כעת יותר ממאתיים אלף ספרים, ובהם כתבי יד נדירים מהמאה השמונה עשרה ומפות עתיקות של העיר.',
  'הוא הוסיף כי אולם חדש לילדים ייפתח באביב הבא עם תוכנית שבועית של קריאה בקול.',
  'התושבים מקווים שהספרייה תחזור להיות מרכז של חיי התרבות בשכונה כפי שהייתה לפני שנסגרה.',
  'עלות השיפוץ הגיעה לכשלושה מיליון שקלים, והעירייה שילמה מחצית והתושבים תרמו את השאר.',
];
const ZH = [
  '市政府星期日宣布，中央图书馆在经过两年的修缮之后将重新开放，修缮工程包括屋顶和几个大阅览室。',
  '市长说，在考试期间图书馆将开放到午夜，让学生有一个安静的地方学习。',
  '图书馆现在藏有二十多万册图书，其中包括十八世纪的珍贵手稿和这座城市的古老地图。',
  '他还说，明年春天将开设一个新的儿童阅览室，每周举办一次朗读活动。',
  '居民们希望图书馆能像关闭之前那样，重新成为街区文化生活的中心。',
  '修缮费用约为三百万元，市政府支付了一半，其余由居民捐款。',
];
const JA = [
  '市は日曜日、二年間の改修工事を終えた中央図書館を再び開館すると発表した。',
  '市長によると、試験期間中は学生が静かに勉強できるよう、図書館は深夜まで開館する。',
  '図書館には現在二十万冊以上の本があり、十八世紀の貴重な写本や町の古い地図も含まれている。',
  '来年の春には新しい子ども室が開かれ、毎週読み聞かせの会が行われる予定だ。',
  '住民たちは、図書館が閉館前のように地域の文化の中心に戻ることを願っている。',
  '改修費用は約三億円で、市が半分を負担し、残りは住民の寄付でまかなわれた。',
];
const MIXED = [
  'The mayor said «Библиотека откроется в мае» and added that 図書館 means library in Japanese.',
  'Visitors from Αθήνα and from Tbilisi (თბილისი) will find signs in five scripts at the entrance.',
  'The archive holds letters in Hindi (पुस्तकालय), Thai (ห้องสมุด) and Korean (도서관) from the 1920s.',
  'Officials expect ninety thousand visitors in the first year, most of them students from the city.',
  'A café on the ground floor will serve naïve visitors crème brûlée and Ω-shaped biscuits.',
  'The reopening ceremony will take place on the first Sunday of May at ten in the morning.',
];
const EMOJI = [
  'The library’s new mascot 📚🦉 greeted children at the door and handed out 🍪 to everyone who came.',
  'Families 👨‍👩‍👧‍👦 queued for an hour, and a flag 🏳️‍🌈 hung above the children’s room all weekend.',
  'Zalgo-style text like Z̷̢a̶l̸g̵o̴ and combining marks such as é (e + ◌́) and ñ must survive intact.',
  'Skin tones 👋🏽 and keycaps 1️⃣ 2️⃣ appeared on the posters that the volunteers painted by hand.',
  'The librarians said the reopening drew more visitors than any event in the district for ten years.',
  'Next month the library will start evening classes for adults who want to learn to read 🙂.',
];
const INVISIBLE = [
  'The\u00A0council\u00A0voted on Tuesday to keep the old li\u00ADbrary building and turn it into a com\u00ADmunity centre.',
  'Resi\u00ADdents had col\u00ADlected more than four thousand sig\u00ADnatures against the plan to sell it.',
  'The building will house a café, a work\u00ADshop for repairs and rooms that any\u00A0group can book for free.',
  'Works start in Sep\u00ADtember and the centre should open before the end of next year, the council said.',
  'A volunteer com\u00ADmittee will run the centre and report to the council twice a year.',
];
const NO_PUNCT = [
  'the council met on tuesday and voted to keep the old library building open for the community and its many readers',
  'residents had collected four thousand signatures against the plan to sell the building to a private developer',
  'works on the roof start in september and the centre should open again before the end of next year',
  'a volunteer committee will run the centre and report to the council twice a year on its accounts',
];
const longSentence = `The report ${'lists another station, another river crossing and another village along the line '.repeat(115)}before it ends.`;
const LONG = [longSentence, 'Officials said the line would open in the spring after the last safety checks were completed on every bridge.'];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const CASES: { name: string; paragraphs: string[]; attrs?: string; dir?: 'rtl' | 'ltr'; lang?: string }[] = [
  { name: 'Arabic with lang and dir', paragraphs: AR, attrs: 'lang="ar" dir="rtl"', dir: 'rtl', lang: 'ar' },
  { name: 'Arabic with lang only', paragraphs: AR, attrs: 'lang="ar"', dir: 'rtl', lang: 'ar' },
  { name: 'Arabic with no lang or dir', paragraphs: AR, attrs: '', dir: 'rtl' },
  { name: 'Hebrew with lang only', paragraphs: HE, attrs: 'lang="he"', dir: 'rtl', lang: 'he' },
  { name: 'Hebrew with no lang or dir', paragraphs: HE, attrs: '', dir: 'rtl' },
  { name: 'Chinese', paragraphs: ZH, attrs: 'lang="zh"', dir: 'ltr' },
  { name: 'Chinese with no lang', paragraphs: ZH, attrs: '', dir: 'ltr' },
  { name: 'Japanese', paragraphs: JA, attrs: 'lang="ja"', dir: 'ltr' },
  { name: 'mixed scripts', paragraphs: MIXED },
  { name: 'emoji and combining marks', paragraphs: EMOJI },
  { name: 'NBSP and soft hyphens', paragraphs: INVISIBLE },
  { name: 'no punctuation at all', paragraphs: NO_PUNCT },
  { name: 'a single 10,000-character sentence', paragraphs: LONG },
];

describe('text oddities give verbatim key quotes', () => {
  it.each(CASES)('$name', ({ paragraphs, attrs = 'lang="en"', dir, lang }) => {
    // Each paragraph three times over, varied, so the page is long enough to count as an article.
    const body = [...paragraphs, ...paragraphs.map((p) => `${p} ${p}`)].map(escapeHtml);
    const { article, summary } = pipeline(articleHtml(body, '<title>A story</title>', attrs));
    expect(article.isArticle).toBe(true);
    expect(summary.keyQuotes.length).toBeGreaterThan(0);
    expectVerbatim(article, summary);
    if (dir) expect(summary.dir).toBe(dir);
    if (lang) expect(summary.lang).toBe(lang);
  });

  it('keeps emoji sequences and combining marks whole in the quotes', () => {
    const { summary } = pipeline(articleHtml([...EMOJI, ...EMOJI.map((p) => `${p} ${p}`)]));
    const all = summary.keyQuotes.map((q) => q.text).join(' ');
    // No lone surrogate: a quote never cuts an astral character in half.
    expect(all).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('drops soft hyphens and turns NBSP into plain spaces in what it quotes', () => {
    const { summary } = pipeline(articleHtml([...INVISIBLE, ...INVISIBLE.map((p) => `${p} ${p}`)]));
    const all = summary.keyQuotes.map((q) => q.text).join(' ');
    expect(all).not.toMatch(/[\u00AD\u00A0]/);
    expect(all).toMatch(/library|community|signatures|workshop|committee/);
  });
});
