/**
 * Passwords that attackers try first, kept as data for the password policy
 * (hooks/passwordPolicy.ts). Compared lower-cased, as a whole and with the digits and
 * symbols around a word taken off ("iloveyou2566!" is "iloveyou"), so only one spelling of
 * each is listed.
 *
 * Where they come from:
 * 1. The top of the UK NCSC's "100k most used passwords" (derived from Have I Been Pwned's
 *    Pwned Passwords), as published in SecLists:
 *    Passwords/Common-Credentials/100k-most-used-passwords-NCSC.txt.
 * 2. The yearly "200 most used passwords" (NordPass research) for 2024 and 2025, as published
 *    in SecLists: Passwords/Common-Credentials/2024-200_most_used_passwords.txt and
 *    2025-199_most_used_passwords.txt.
 *    (Profanity and slurs from these lists are left out; garbled entries too.)
 * 3. Added by us, not from a breach list: what Thai users typically choose: Thai words and
 *    places written in Latin letters, Thai words in Thai script, and common sequences typed
 *    with the keyboard in the wrong language (Kedmanee layout: "12345678" typed in Thai
 *    mode is "ๅ/-ภถุึค"; "รหัสผ่าน" typed in English mode is "isylzjko"). Numeric passwords
 *    (birth dates such as 25122530 in the Buddhist era, phone numbers, the 13-digit national
 *    ID) need no list: the policy refuses every password made only of digits.
 *
 * Entries shorter than the minimum length still count: they are the words that digits and
 * symbols are added to.
 */
// prettier-ignore
const NCSC_TOP = [
  '123456', '123456789', 'qwerty', 'password', '111111', '12345678', 'abc123', '1234567', 'password1',
  '12345', '1234567890', '123123', '000000', 'iloveyou', '1234', '1q2w3e4r5t', 'qwertyuiop', '123',
  'monkey', 'dragon', '123456a', '654321', '123321', '666666', '1qaz2wsx', 'myspace1', '121212',
  '123qwe', 'a123456', '123abc', '1q2w3e4r', 'qwe123', '7777777', 'qwerty123', 'target123', 'tinkle',
  '987654321', 'qwerty1', '222222', 'zxcvbnm', '1g2w3e4r', 'gwerty', 'zag12wsx', 'gwerty123', '555555',
  '112233', 'asdfghjkl', '1q2w3e', '123123123', 'qazwsx', 'computer', 'princess', '12345a', 'ashley',
  '159753', 'michael', 'football', 'sunshine', '1234qwer', 'iloveyou1', 'aaaaaa', '789456123', 'daniel',
  'princess1', '123654', '11111', 'asdfgh', '999999', '11111111', '888888', 'love', 'abcd1234', 'shadow',
  'football1', 'love123', 'superman', 'jordan23', 'jessica', 'monkey1', '12qwaszx', 'a12345', 'baseball',
  '123456789a', 'killer', 'asdf', 'samsung', 'master', 'azerty', 'charlie', 'asd123', 'soccer', '88888888',
  'jordan', 'michael1', 'jesus1', 'linkedin', 'babygirl1', '789456', 'blink182', 'thomas', 'qwer1234',
  '333333', 'liverpool', 'michelle', 'nicole', 'qwert', '131313', 'asdasd', '987654', 'lovely',
  'q1w2e3r4', '0123456789', 'andrew', 'hello1', 'joshua', 'justin', 'anthony', 'angel1', 'iloveyou2',
  '1111111', 'zxcvbn', 'hello', '1111', 'jennifer', 'hunter', 'naruto', 'welcome', '159357', '101010',
  'tigger', '147258369', 'babygirl', 'jessica1', 'parola', '5201314', 'robert', '696969', '102030',
  '0987654321', 'loveme', '123456q', 'apple', 'pokemon', 'mother', 'money1', 'secret', 'anthony1',
  'purple', 'q1w2e3r4t5y6', 'baseball1', 'qazwsxedc', '1111111111', 'abc', 'buster', 'matthew', 'andrea',
  'soccer1', 'basketball', 'hannah', 'freedom', 'golfer', 'chelsea', 'passw0rd', 'george', 'trustno1',
  'friends', 'william', 'iloveu', 'amanda', 'number1', 'chocolate', 'qwerty12', 'summer', 'flower',
  'charlie1', 'maggie', 'pakistan', 'samantha', 'asdf1234', 'letmein', 'superman1', 'marina', '147258',
  'batman', 'butterfly', '010203', 'qweqwe', 'forever', 'mustang', 'sunshine1', 'ashley1', 'internet',
  'london', 'harley', 'alexander', 'xbox360', '00000000', '12341234', 'q1w2e3', 'pepper', 'family',
  'loveyou', 'joseph', 'whatever', 'jasmine', 'orange', 'user', 'junior', 'cookie', 'martin', 'qweasdzxc',
  '212121', '1qazxsw2', 'password12', 'google', 'password2', '111222', 'lol123', 'hello123', 'jordan1',
  'shadow1', 'patrick', 'ginger', 'mylove', 'arsenal', '12344321', 'abcdef', 'love12', 'taylor',
  'myspace', 'brandon', 'angel', 'diamond', 'snoopy', 'qweasd', 'starwars', 'matrix', 'mickey', 'school',
  'jonathan', 'melissa', 'eminem', '1234561', 'lovers', '1234567891', 'richard', 'yellow', '12345qwert',
  'oliver', 'q1w2e3r4t5', 'cheese', 'a123456789', 'christian', '12345678910', 'sophie', 'mercedes',
  'victoria', '147852', 'abcdefg', 'peanut', '456789', 'happy1', 'benjamin', 'dragon1', '444444',
  '123654789', 'elizabeth', 'prince', 'angels', 'qqqqqq', 'banana', 'barcelona', 'computer1', 'hockey',
  'monster', 'qwertyu', '123789', 'killer1', '11223344', 'chicken', 'lucky1', 'welcome1', 'zaq12wsx',
  'silver', 'hunter1', 'bubbles', 'rainbow', '1qaz2wsx3edc', 'xxxxxx', 'america', 'spiderman', '87654321',
  'ferrari', '147852369', 'qwaszx', 'tinkerbell', '0123456', 'qwerty12345', '1234554321', 'asdfasdf',
  'nirvana', 'destiny', '123qweasd', 'juventus', 'qazxsw', 'zzzzzz', '999999999', '741852963', 'yamaha',
  'qwertyui', 'a1b2c3', 'ronaldo', '1password', 'cocacola', '1234abcd', '123asd', '7654321', 'success',
  'zxc123', 'qaz123', 'super123', 'password123', 'spongebob', 'hellokitty', '1q2w3e4r5t6y', 'a1b2c3d4',
  'qwert1', '123456789q', 'beautiful', 'qwerty1234', 'qwerty123456', 'letmein1', 'bismillah', 'woaini',
  'iloveyou12', 'p@ssw0rd', 'zxcvbnm123', 'asdfghjk', 'abcd123', 'azertyuiop', 'abcdefgh', 'admin123',
  'welcome123', 'test123', 'test1234', 'changeme', 'facebook', 'minecraft', 'admin', 'pass123', 'pass1234',
]

// prettier-ignore
const YEARLY_TOP = [
  'aa123456', 'pass@123', 'aa@123456', 'admintelecom', 'admin@123', 'abcd@1234', 'pass@1234',
  'aa112233', 'password@123', 'aboy1234', 'admin1', 'demo@123', 'admin1234', 'guru123456', 'welcome@123',
  'guest', 'kapler123', 'administrator', '1122334455', 'test@123', 'global123@', '10203040', 'india@123',
  'abcd@123', '12345678a', 'aa123123', '123456aa@', 'admin123456', 'abc12345', 'abc@1234', 'admin12345',
  '12345678900', 'aa123456789', '12345678901', 'heslo1234', '22446688', 'vodafone', 'user1234',
  '1234512345', 'adminisp', '1234567899', 'p@$$w0rd', 'aa12345678', 'adminadmin', 'gvt12345',
  'theworldinyourhand', 'aabb1122', 'asdf1234', 'student', 'abc@12345', 'aa102030', 'pass@12345',
  '135790', 'cisco', 'aa@12345', '111111111', 'lol123456', '123456aa', 'aa@1234567', 'admin@1234',
  '124578', 'abc@123', 'a12345678', 'qwer4321', 'a1234567', 'qwerty@123', '12345679', 'ab123456',
  'aa@123456789', 'abcd1234@', 'a123456a', '1234567a', 'abc123456', 'turktelekom', '123456788', 'aaa111',
  'contraseña', 'password@1', '246810', '11112222', 'aaaa1111', 'azerty123', 'aa1234567', '12345678@',
  'p@55w0rd', 'asd12345', '123admin', 'qwerty123!', 'qwerty1!', 'dearbook', 'testing', 'unknown',
  'cambiami', 'zinch', '123456!', 'qq123456', '123456123',
]

// prettier-ignore
const THAI_TYPICAL = [
  // Thai words and places in Latin letters.
  'thailand', 'ilovethailand', 'thai', 'thai1234', 'bangkok', 'krungthep', 'krungthepmahanakhon',
  'sawasdee', 'sawadee', 'sawaddee', 'sawatdee', 'sawasdeekrub', 'sawasdeeka', 'khonthai', 'chiangmai',
  'chiangrai', 'phuket', 'pattaya', 'khonkaen', 'korat', 'udonthani', 'hatyai', 'ayutthaya', 'sukhothai',
  'chokdee', 'sabaidee', 'sanuk', 'khobkhun', 'khopkhun', 'teerak', 'rakna', 'rakthoe', 'chanrakthoe',
  'muaythai', 'somtam', 'tomyum', 'tomyumkung', 'padthai', 'siam', 'buddha', 'dhamma', 'namo', 'sadhu',
  'somchai', 'somsak', 'somsri', 'somporn', 'malee', 'supaporn', 'thesaban', 'tambon', 'amphoe',
  'orbortor', 'orbojor', 'obt', 'pao',
  // Thai words in Thai script.
  'รหัสผ่าน', 'รหัส', 'สวัสดี', 'สวัสดีครับ', 'สวัสดีค่ะ', 'ประเทศไทย', 'คนไทย', 'ไทยแลนด์', 'กรุงเทพ',
  'กรุงเทพมหานคร', 'รักเธอ', 'ฉันรักเธอ', 'รักนะ', 'ที่รัก', 'ผมรักคุณ', 'โชคดี', 'สบายดี', 'ขอบคุณ',
  'แอดมิน', 'ผู้ดูแลระบบ', 'ทดสอบ', 'อบต', 'อบจ', 'เทศบาล',
  // Typed with the keyboard in the other language (Kedmanee layout): 1234…, qwerty…, asdf…,
  // zxcv… typed in Thai mode; รหัสผ่าน, สวัสดี, ประเทศไทย typed in English mode.
  'ๅ/-ภ', 'ๅ/-ภถุ', 'ๅ/-ภถุึ', 'ๅ/-ภถุึค', 'ๅ/-ภถุึคต', 'ๅ/-ภถุึคตจ', 'ๆไำพะั', 'ๆไำพะัีรนย', 'ฟหกดเ้่าส',
  'ผปแอิืท', 'isylzjko', 'l;ylfu', 'xitgmlwmp',
]

/** Every entry, lower-cased. */
export const BREACHED_PASSWORDS: ReadonlySet<string> = new Set(
  [...NCSC_TOP, ...YEARLY_TOP, ...THAI_TYPICAL].map((entry) => entry.normalize('NFC').toLowerCase()),
)
