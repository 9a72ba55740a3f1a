/**
 * Place names the context rules need: a linguistic resource, not dataset facts. Generic aliases
 * ("Ministry of Foreign Affairs", "Supreme Court") are linked only on pages about Turkmenistan and
 * never next to another country's name ("of Georgia", "Georgia's", "Грузии", "Gruziýanyň").
 *
 * Only base forms are listed: the matcher adds case endings itself (Грузия → Грузии, Gruziýa →
 * Gruziýanyň, Russia → Russia's), so each list holds names, adjectives for the people or state
 * ("Georgian", "грузинский") and the common abbreviations. Abbreviations are matched with their case.
 */

export interface PlaceNames {
  en: readonly string[];
  ru: readonly string[];
  tk: readonly string[];
}

/** Words that make a text about Turkmenistan. */
export const HOME: PlaceNames = {
  en: ['Turkmenistan', 'Turkmen', 'Turkmenian', 'Ashgabat', 'Ashkhabad'],
  ru: ['Туркменистан', 'Туркмения', 'туркменский', 'туркменистанский', 'туркмен', 'туркменка', 'Ашхабад', 'ашхабадский'],
  tk: ['Türkmenistan', 'türkmen', 'Aşgabat'],
};

/** Abbreviations, matched only in this case. */
export const FOREIGN_ABBREVIATIONS: PlaceNames = {
  en: ['EU', 'US', 'USA', 'UK', 'UAE', 'PRC', 'FRG'],
  ru: ['ЕС', 'США', 'РФ', 'КНР', 'ФРГ', 'ОАЭ'],
  tk: ['ÝB', 'ABŞ', 'RF', 'HHR', 'GFR', 'BAE'],
};

/** Other states (and the EU, whose institutions have the same generic names). */
export const FOREIGN: PlaceNames = {
  en: [
    'Georgia', 'Georgian', 'Russia', 'Russian Federation', 'Russian', 'Kazakhstan', 'Kazakh', 'Kazakhstani',
    'Uzbekistan', 'Uzbek', 'Uzbekistani', 'Tajikistan', 'Tajik', 'Kyrgyzstan', 'Kyrgyz Republic', 'Kyrgyz',
    'Azerbaijan', 'Azerbaijani', 'Armenia', 'Armenian', 'Afghanistan', 'Afghan', 'Iran', 'Iranian',
    'Turkey', 'Türkiye', 'Turkish', 'China', 'Chinese', 'India', 'Indian', 'Pakistan', 'Pakistani',
    'Belarus', 'Belarusian', 'Ukraine', 'Ukrainian', 'Moldova', 'Moldovan', 'Mongolia', 'Mongolian',
    'Japan', 'Japanese', 'Korea', 'Republic of Korea', 'Korean', 'United States', 'United States of America',
    'America', 'American', 'United Kingdom', 'Great Britain', 'Britain', 'British', 'Germany', 'German',
    'France', 'French', 'Italy', 'Italian', 'Spain', 'Spanish', 'Poland', 'Polish', 'Latvia', 'Latvian',
    'Lithuania', 'Lithuanian', 'Estonia', 'Estonian', 'Finland', 'Finnish', 'Sweden', 'Swedish',
    'Norway', 'Norwegian', 'Denmark', 'Danish', 'Austria', 'Austrian', 'Switzerland', 'Swiss',
    'Netherlands', 'Dutch', 'Belgium', 'Belgian', 'Czech Republic', 'Czechia', 'Czech', 'Slovakia', 'Slovak',
    'Hungary', 'Hungarian', 'Romania', 'Romanian', 'Bulgaria', 'Bulgarian', 'Greece', 'Greek',
    'Serbia', 'Serbian', 'Croatia', 'Croatian', 'Slovenia', 'Slovenian', 'Portugal', 'Portuguese',
    'Ireland', 'Irish', 'Luxembourg', 'Malta', 'Maltese', 'Cyprus', 'Cypriot', 'Israel', 'Israeli',
    'Egypt', 'Egyptian', 'Saudi Arabia', 'Saudi', 'United Arab Emirates', 'Emirati', 'Qatar', 'Qatari',
    'Kuwait', 'Kuwaiti', 'Oman', 'Omani', 'Iraq', 'Iraqi', 'Syria', 'Syrian', 'Jordan', 'Jordanian',
    'Lebanon', 'Lebanese', 'Canada', 'Canadian', 'Australia', 'Australian', 'Brazil', 'Brazilian',
    'Argentina', 'Mexico', 'Mexican', 'Indonesia', 'Indonesian', 'Malaysia', 'Malaysian', 'Vietnam',
    'Thailand', 'Bangladesh', 'European Union', 'European',
    // Uzbek "supreme", as in Oliy Majlis, Uzbekistan's parliament.
    'Oliy',
  ],
  ru: [
    'Грузия', 'грузинский', 'Россия', 'Российская Федерация', 'российский', 'Казахстан', 'казахский',
    'казахстанский', 'Узбекистан', 'узбекский', 'узбекистанский', 'Таджикистан', 'таджикский',
    'Кыргызстан', 'Киргизия', 'кыргызский', 'киргизский', 'Кыргызская Республика', 'Киргизская Республика',
    'Азербайджан', 'азербайджанский', 'Азербайджанская Республика',
    'Армения', 'армянский', 'Афганистан', 'афганский', 'Иран', 'иранский', 'Турция', 'турецкий',
    'Китай', 'китайский', 'Индия', 'индийский', 'Пакистан', 'пакистанский', 'Беларусь', 'Белоруссия',
    'белорусский', 'Украина', 'украинский', 'Молдова', 'Молдавия', 'молдавский', 'Монголия', 'монгольский',
    'Япония', 'японский', 'Корея', 'корейский', 'Соединённые Штаты', 'Соединенные Штаты Америки',
    'американский', 'Великобритания', 'Соединённое Королевство', 'британский', 'английский', 'Германия',
    'немецкий', 'германский', 'Франция', 'французский', 'Италия', 'итальянский', 'Испания', 'испанский',
    'Польша', 'польский', 'Латвия', 'латвийский', 'Литва', 'литовский', 'Эстония', 'эстонский',
    'Финляндия', 'финский', 'финляндский', 'Швеция', 'шведский', 'Норвегия', 'норвежский', 'Дания', 'датский',
    'Австрия', 'австрийский', 'Швейцария', 'швейцарский', 'Нидерланды', 'Голландия', 'нидерландский',
    'Бельгия', 'бельгийский', 'Чехия', 'чешский', 'Словакия', 'словацкий', 'Венгрия', 'венгерский',
    'Румыния', 'румынский', 'Болгария', 'болгарский', 'Греция', 'греческий', 'Сербия', 'сербский',
    'Хорватия', 'хорватский', 'Словения', 'словенский', 'Португалия', 'португальский', 'Ирландия',
    'ирландский', 'Люксембург', 'Мальта', 'Кипр', 'Израиль', 'израильский', 'Египет', 'египетский',
    'Саудовская Аравия', 'саудовский', 'Объединённые Арабские Эмираты', 'Катар', 'катарский', 'Кувейт',
    'Оман', 'Ирак', 'иракский', 'Сирия', 'сирийский', 'Иордания', 'Ливан', 'Канада', 'канадский',
    'Австралия', 'австралийский', 'Бразилия', 'бразильский', 'Аргентина', 'Мексика', 'Индонезия',
    'Малайзия', 'Вьетнам', 'Таиланд', 'Бангладеш', 'Европейский союз', 'европейский', 'Евросоюз',
    // Genitives the ending rules do not reach.
    'Египта', 'Израиля', 'Кипра',
  ],
  tk: [
    'Gruziýa', 'Russiýa', 'Russiýa Federasiýasy', 'Gazagystan', 'Özbegistan', 'Täjigistan', 'Gyrgyzystan',
    'Azerbaýjan', 'Ermenistan', 'Owganystan', 'Eýran', 'Türkiýe', 'Hytaý', 'Hindistan', 'Pakistan',
    'Belarus', 'Ukraina', 'Moldowa', 'Mongoliýa', 'Ýaponiýa', 'Koreýa', 'Amerikanyň Birleşen Ştatlary',
    'Beýik Britaniýa', 'Angliýa', 'Germaniýa', 'Fransiýa', 'Italiýa', 'Ispaniýa', 'Polşa', 'Latwiýa',
    'Litwa', 'Estoniýa', 'Finlýandiýa', 'Şwesiýa', 'Norwegiýa', 'Daniýa', 'Awstriýa', 'Şweýsariýa',
    'Niderlandlar', 'Gollandiýa', 'Belgiýa', 'Çehiýa', 'Slowakiýa', 'Wengriýa', 'Rumyniýa', 'Bolgariýa',
    'Gresiýa', 'Serbiýa', 'Horwatiýa', 'Sloweniýa', 'Portugaliýa', 'Irlandiýa', 'Lýuksemburg', 'Kipr',
    'Ysraýyl', 'Müsür', 'Saud Arabystany', 'Birleşen Arap Emirlikleri', 'Katar', 'Kuweýt', 'Yrak',
    'Siriýa', 'Iordaniýa', 'Liwan', 'Kanada', 'Awstraliýa', 'Braziliýa', 'Argentina', 'Meksika',
    'Indoneziýa', 'Malaýziýa', 'Wýetnam', 'Taýland', 'Bangladeş', 'Ýewropa Bileleşigi',
    // Another name of Georgia, and peoples' names that stand for their states ("Gyrgyz Respublikasy").
    'Gürjüstan', 'Gyrgyz', 'Gazak', 'Özbek', 'Täjik', 'Rus',
    // Russia as Azatlyk Radiosy writes it.
    'Orsýet', 'Orsýet Federasiýasy',
    // Uzbek "supreme", as in Oliy Majlis, Uzbekistan's parliament.
    'Oliy',
  ],
};
