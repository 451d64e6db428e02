/**
 * General world knowledge the extractor leans on: countries with demonyms and capitals,
 * title words, role and group nouns. Article-independent by design.
 */

export interface Country {
  name: string;
  /** country takes "the" in running text ("the Philippines") */
  article: boolean;
  demonyms: string[];
  capitals: string[];
}

// name | demonyms | capitals ; a leading "the " on the name marks the article.
const countryRows = `Russia|Russian,Russians|Moscow
Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev,kyiv
the United States|American,Americans,US,U.S.|Washington
China|Chinese|Beijing
the United Kingdom|British,UK,U.K.|London
France|French|Paris
Germany|German,Germans|Berlin
Italy|Italian,Italians|Rome
Spain|Spanish|Madrid
Portugal|Portuguese|Lisbon
Turkey|Turkish,Turks|Ankara
Greece|Greek,Greeks|Athens
Cyprus|Cypriot,Cypriots|Nicosia
Egypt|Egyptian,Egyptians|Cairo
Libya|Libyan,Libyans|Tripoli
Syria|Syrian,Syrians|Damascus
Iraq|Iraqi,Iraqis|Baghdad
Iran|Iranian,Iranians|Tehran
Israel|Israeli,Israelis|Jerusalem
Lebanon|Lebanese|Beirut
Jordan|Jordanian|Amman
Saudi Arabia|Saudi,Saudis|Riyadh
Qatar|Qatari|Doha
Yemen|Yemeni|Sanaa
India|Indian|New Delhi
Pakistan|Pakistani|Islamabad
Afghanistan|Afghan|Kabul
Japan|Japanese|Tokyo
South Korea|South Korean|Seoul
North Korea|North Korean|Pyongyang
Taiwan|Taiwanese|Taipei
Indonesia|Indonesian|Jakarta
Malaysia|Malaysian|Kuala Lumpur
Vietnam|Vietnamese|Hanoi
Thailand|Thai|Bangkok
the Philippines|Philippine,Filipino,Filipinos|Manila
Australia|Australian|Canberra
Nigeria|Nigerian,Nigerians|Abuja
Niger|Nigerien|Niamey
Benin|Beninese|Porto-Novo
Ghana|Ghanaian|Accra
Eritrea|Eritrean|Asmara
Ethiopia|Ethiopian|Addis Ababa
Somalia|Somali|Mogadishu
Kenya|Kenyan|Nairobi
Rwanda|Rwandan|Kigali
Sudan|Sudanese|Khartoum
Mali|Malian|Bamako
Algeria|Algerian|Algiers
Morocco|Moroccan|Rabat
Tunisia|Tunisian|Tunis
South Africa|South African|Pretoria
the Netherlands|Dutch|Amsterdam
Belgium|Belgian|
Poland|Polish|Warsaw
Hungary|Hungarian|Budapest
Romania|Romanian|Bucharest
Moldova|Moldovan|Chisinau
Belarus|Belarusian|Minsk
Lithuania|Lithuanian|Vilnius
Latvia|Latvian|Riga
Estonia|Estonian|Tallinn
Finland|Finnish|Helsinki
Sweden|Swedish|Stockholm
Norway|Norwegian|Oslo
Denmark|Danish|Copenhagen
Austria|Austrian|Vienna
Switzerland|Swiss|Bern
Ireland|Irish|Dublin
Serbia|Serbian|Belgrade
Kosovo|Kosovar|Pristina
Armenia|Armenian|Yerevan
Azerbaijan|Azerbaijani|Baku
Georgia|Georgian|Tbilisi
Kazakhstan|Kazakh|Astana
Canada|Canadian|Ottawa
Mexico|Mexican|Mexico City
Cuba|Cuban|Havana
Venezuela|Venezuelan|Caracas
Colombia|Colombian|Bogotá
Brazil|Brazilian|Brasília
Argentina|Argentine|Buenos Aires`;

export const countries: Country[] = countryRows.split('\n').map((row) => {
  const [rawName = '', demonyms = '', capitals = ''] = row.split('|');
  const article = rawName.startsWith('the ');
  return {
    name: article ? rawName.slice(4) : rawName,
    article,
    demonyms: demonyms.split(',').filter(Boolean),
    capitals: capitals.split(',').filter(Boolean),
  };
});

/** Words that make up titles before a name: "NATO Secretary General", "foreign minister". */
export const titleWords = new Set(
  `president presidents president-elect vice prime minister ministers foreign defence defense interior
  finance trade secretary general secretary-general state ambassador envoy special presidential senator
  congressman congresswoman representative governor chancellor commissioner chairperson chairman
  chairwoman chief superintendent commandant admiral colonel major lieutenant captain sergeant marshal
  spokesperson spokesman spokeswoman director king queen prince princess emir sheikh sultan pope
  cardinal archbishop bishop mayor deputy former acting regional head leader judge justice attorney
  activist blogger strategist economist analyst official diplomat negotiator adviser advisor ceo founder
  premier monarch commander officer lawmaker mp speaker executive candidate opposition journalist
  commissioner mr mrs ms dr sir lord lady`
    .split(/\s+/)
    .filter(Boolean),
);

/** Heads of definite role descriptions that can stand for a person ("the Ukrainian leader"). */
export const roleHeads = new Set(
  `leader president president-elect premier minister secretary chancellor commissioner ambassador envoy
  senator governor spokesperson spokesman spokeswoman chief head tenant occupant king queen emir
  monarch general commander mayor chairman chairperson director official diplomat negotiator`
    .split(/\s+/)
    .filter(Boolean),
);

/** Plural heads of collective descriptions ("German officials", "opposition bloggers"). */
export const groupHeads = new Set(
  `officials ministers leaders diplomats bloggers analysts experts firms companies nations countries
  governments allies activists protesters protestors residents citizens voters lawmakers legislators
  senators observers sources militants rebels insurgents groups parties members negotiators critics
  authorities investors businesses states delegates generals commanders journalists economists`
    .split(/\s+/)
    .filter(Boolean),
);

/** Singular heads of descriptions that stand for an unnamed speaker ("a government source"). */
export const sourceHeads = new Set(['source', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat']);

/** Nouns after a capitalised name that make it an organisation. */
export const orgHeads = new Set(
  `ministry office council forces party union bank fund court coalition group agency commission committee
  corps guard front organisation organization association federation assembly parliament duma house
  department government army navy police administration authority alliance league movement company
  corporation institute foundation service services bureau secretariat cabinet senate congress
  militia brigade command board tribunal church`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that open sentences or dates and never start a name. */
export const notNameWords = new Set(
  `the a an but and or however as if when while although though in on at during after before among
  according amid towards toward late last this that these those some many most it he she they we i you
  his her their our its yet indeed so of for with by from to also still meanwhile then there here what
  which who whom whose why how where nor not no one two three all both each every other another such
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december today yesterday tomorrow earlier later despite since until
  unlike like instead once following with without over under about against between into through within`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase particles inside personal names: "Arnel dela Vega", "Bashar al-Assad". */
export const nameParticles = new Set(['de', 'del', 'dela', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'y']);
