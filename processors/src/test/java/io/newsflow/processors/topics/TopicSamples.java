package io.newsflow.processors.topics;

import java.util.List;
import java.util.Set;

/**
 * Short news articles written for these tests, one per language and subject, each with the
 * top-level IPTC topic it is about. Invented events with ordinary news wording; none is taken from
 * the seeds, so they check that the rules work on news in general.
 */
final class TopicSamples {
    static final String SPORT = "medtop:15000000";
    static final String ECONOMY = "medtop:04000000";
    static final String HEALTH = "medtop:07000000";
    static final String DISASTER = "medtop:03000000";
    static final String CRIME = "medtop:02000000";
    static final String POLITICS = "medtop:11000000";
    static final String ELECTION = "medtop:20000574";
    static final String SCIENCE_TECH = "medtop:13000000";
    static final String CONFLICT = "medtop:16000000";

    /**
     * A test article: language, the top-level topic it is about, title and body. {@link
     * #alsoFine()} lists other top-level topics a careful editor could give it too.
     */
    record Sample(String language, String topic, String title, String body) {
        /**
         * A start-up launching a product or raising money is business news as well; ceasefire talks
         * are politics as well.
         */
        Set<String> alsoFine() {
            return switch (topic) {
                case SCIENCE_TECH -> Set.of(ECONOMY);
                case CONFLICT -> Set.of(POLITICS);
                default -> Set.of();
            };
        }

        @Override
        public String toString() {
            return language + ": " + title;
        }
    }

    private TopicSamples() {}

    static List<Sample> all() {
        return List.of(
                // English
                new Sample(
                        "en",
                        SPORT,
                        "Late goal sends United into the cup final",
                        "A stoppage-time goal from their young striker sent United into the final"
                                + " on Saturday. The club had trailed for most of the match, and"
                                + " the coach praised his players after the win. The goalkeeper"
                                + " made two fine saves before the referee blew for full time, and"
                                + " the fans stayed in the stadium long after."),
                new Sample(
                        "en",
                        ECONOMY,
                        "Central bank holds interest rates as inflation cools",
                        "The central bank kept interest rates unchanged on Thursday after"
                                + " inflation slowed for a third month. Economists had expected"
                                + " the decision. Economic growth remains weak, exports fell in"
                                + " the second quarter and the currency edged lower. Stocks rose"
                                + " slightly as investors bet on a cut later this year."),
                new Sample(
                        "en",
                        HEALTH,
                        "Measles outbreak prompts vaccination drive",
                        "Health officials launched a vaccination campaign after a measles"
                                + " outbreak infected more than 200 children. Hospitals in the"
                                + " region reported a rise in patients with fever and rash, and"
                                + " doctors urged parents to check that their children had"
                                + " received both doses of the vaccine."),
                new Sample(
                        "en",
                        DISASTER,
                        "Strong earthquake kills dozens, rescuers search rubble",
                        "A magnitude 6.8 earthquake struck the coastal province before dawn,"
                                + " killing at least 40 people. Rescuers searched collapsed"
                                + " buildings for survivors as aftershocks shook the area."
                                + " Thousands were evacuated and authorities warned of"
                                + " landslides in the hills."),
                new Sample(
                        "en",
                        CRIME,
                        "Police arrest two suspects over jewellery store robbery",
                        "Police arrested two suspects on Monday in connection with an armed"
                                + " robbery at a jewellery store last week. Detectives said the"
                                + " men would appear in court on Wednesday charged with robbery"
                                + " and possession of stolen goods. The investigation is"
                                + " continuing."),
                new Sample(
                        "en",
                        POLITICS,
                        "Voters head to the polls in tight election",
                        "Voters began casting ballots on Sunday in a parliamentary election"
                                + " that polls show is too close to call. The incumbent party"
                                + " campaigned on the economy while opposition candidates"
                                + " promised to fight corruption. Turnout was high at polling"
                                + " stations in the capital, and the electoral commission expects"
                                + " first results overnight."),
                new Sample(
                        "en",
                        SCIENCE_TECH,
                        "Chipmaker unveils artificial intelligence processor",
                        "The company unveiled a new processor designed for artificial"
                                + " intelligence software, saying it will power data centres and"
                                + " smartphones. Engineers claim the semiconductor runs chatbot"
                                + " apps twice as fast as the previous generation while using"
                                + " less energy. Computer makers will ship devices with the chip"
                                + " next year."),
                new Sample(
                        "en",
                        CONFLICT,
                        "Shelling intensifies on the front line as ceasefire talks stall",
                        "Artillery shelling intensified along the front line overnight, the army"
                                + " said, as troops repelled an attack near the border town."
                                + " Ceasefire talks mediated by a neighbouring country have"
                                + " stalled. The fighting has also hit the economy: the currency"
                                + " fell and grain exports through the port are suspended."),
                // Indonesian
                new Sample(
                        "id",
                        SPORT,
                        "Timnas menang 2-1, lolos ke semifinal Piala AFF",
                        "Tim nasional Indonesia lolos ke semifinal setelah menang 2-1 dalam"
                                + " laga yang berlangsung di stadion Gelora Bung Karno. Gol"
                                + " kemenangan dicetak striker muda pada menit ke-85. Pelatih"
                                + " memuji semangat para pemain, sementara ribuan suporter"
                                + " merayakan kemenangan itu hingga larut malam."),
                new Sample(
                        "id",
                        ECONOMY,
                        "Bank Indonesia tahan suku bunga, rupiah menguat",
                        "Bank Indonesia mempertahankan suku bunga acuan di level 5,75 persen"
                                + " untuk menjaga inflasi dan stabilitas nilai tukar. Rupiah"
                                + " menguat terhadap dolar AS dan Indeks Harga Saham Gabungan"
                                + " ditutup naik. Ekonom menilai pertumbuhan ekonomi kuartal"
                                + " ketiga masih ditopang konsumsi rumah tangga dan ekspor."),
                new Sample(
                        "id",
                        HEALTH,
                        "Kasus demam berdarah melonjak, rumah sakit penuh",
                        "Dinas Kesehatan mencatat lonjakan kasus demam berdarah dengue di"
                                + " sejumlah kecamatan. Rumah sakit daerah kewalahan menampung"
                                + " pasien, dan dokter mengimbau warga segera memeriksakan diri"
                                + " bila mengalami demam tinggi. Puskesmas menggelar fogging dan"
                                + " penyuluhan untuk mencegah penyakit itu menyebar."),
                new Sample(
                        "id",
                        DISASTER,
                        "Banjir bandang dan tanah longsor landa tiga desa",
                        "Banjir bandang dan tanah longsor melanda tiga desa setelah hujan"
                                + " deras mengguyur sejak Jumat malam. BPBD setempat melaporkan"
                                + " lima warga meninggal dan ratusan rumah rusak. Tim SAR gabungan"
                                + " masih mencari dua korban hilang, sementara warga dievakuasi"
                                + " ke tempat pengungsian."),
                new Sample(
                        "id",
                        CRIME,
                        "Polisi tangkap komplotan pencurian motor",
                        "Polres setempat menangkap empat tersangka pencurian sepeda motor yang"
                                + " beraksi di sejumlah pasar. Kapolres mengatakan para pelaku"
                                + " sudah mencuri belasan motor dalam tiga bulan. Polisi menyita"
                                + " barang bukti dan para tersangka dijerat pasal pencurian"
                                + " dengan pemberatan."),
                new Sample(
                        "id",
                        POLITICS,
                        "KPU tetapkan jadwal pemilu, partai siapkan caleg",
                        "Komisi Pemilihan Umum (KPU) menetapkan jadwal tahapan pemilu,"
                                + " termasuk masa kampanye dan hari pemungutan suara. Partai"
                                + " politik mulai menyiapkan daftar calon legislatif, sementara"
                                + " Bawaslu mengingatkan larangan kampanye sebelum waktunya."
                                + " Pemilih diminta mengecek namanya di daftar pemilih tetap."),
                new Sample(
                        "id",
                        SCIENCE_TECH,
                        "Startup lokal luncurkan aplikasi berbasis kecerdasan buatan",
                        "Sebuah perusahaan rintisan meluncurkan aplikasi berbasis kecerdasan"
                                + " buatan untuk membantu petani memantau tanaman lewat ponsel."
                                + " Aplikasi itu memakai algoritma pengenalan gambar dan data"
                                + " satelit. Pengembangnya mengatakan perangkat lunak tersebut"
                                + " sudah diunduh puluhan ribu pengguna."),
                // Malay
                new Sample(
                        "ms",
                        SPORT,
                        "Harimau Malaya menang 3-0 dalam perlawanan persahabatan",
                        "Skuad negara Harimau Malaya menang 3-0 dalam perlawanan persahabatan"
                                + " di Stadium Nasional Bukit Jalil malam tadi. Jurulatih"
                                + " memuji prestasi pemain pertahanan, manakala penyerang"
                                + " menjaringkan dua gol. Penyokong memenuhi stadium walaupun"
                                + " hujan lebat."),
                new Sample(
                        "ms",
                        ECONOMY,
                        "Bank Negara kekalkan kadar dasar semalaman",
                        "Bank Negara Malaysia mengekalkan kadar dasar semalaman pada 3 peratus"
                                + " kerana inflasi kekal terkawal. Ringgit mengukuh berbanding"
                                + " dolar AS dan Bursa Malaysia ditutup lebih tinggi. Ahli ekonomi"
                                + " menjangka pertumbuhan ekonomi disokong oleh eksport dan"
                                + " pelaburan."),
                new Sample(
                        "ms",
                        HEALTH,
                        "Kes denggi meningkat, hospital diminta bersiap sedia",
                        "Kementerian Kesihatan melaporkan peningkatan kes denggi sebanyak 20"
                                + " peratus minggu lalu. Hospital kerajaan diminta menyediakan"
                                + " katil tambahan untuk pesakit, dan doktor menasihati orang"
                                + " ramai mendapatkan rawatan segera jika demam berpanjangan."),
                new Sample(
                        "ms",
                        CRIME,
                        "Polis tahan tiga suspek kes rompakan",
                        "Polis menahan tiga suspek yang dipercayai terlibat dalam kes rompakan"
                                + " bersenjata di sebuah kedai emas. Ketua Polis Daerah berkata"
                                + " suspek direman selama tujuh hari dan akan didakwa di"
                                + " mahkamah. Polis turut merampas barang kemas yang dicuri."),
                new Sample(
                        "ms",
                        POLITICS,
                        "SPR umum tarikh pilihan raya negeri",
                        "Suruhanjaya Pilihan Raya (SPR) mengumumkan tarikh penamaan calon dan"
                                + " hari mengundi bagi pilihan raya negeri. Parti politik mula"
                                + " berkempen untuk merebut kerusi, manakala pengundi diingatkan"
                                + " menyemak status pendaftaran mereka."),
                new Sample(
                        "ms",
                        DISASTER,
                        "Banjir kilat dan tanah runtuh, ratusan mangsa dipindahkan",
                        "Banjir kilat dan tanah runtuh melanda beberapa kampung selepas hujan"
                                + " lebat berterusan. NADMA melaporkan ratusan mangsa dipindahkan"
                                + " ke pusat pemindahan sementara, dan bomba menyelamatkan"
                                + " penduduk yang terperangkap. Bencana itu merosakkan jalan dan"
                                + " jambatan."),
                new Sample(
                        "ms",
                        SCIENCE_TECH,
                        "Syarikat tempatan lancar telefon pintar dengan kecerdasan buatan",
                        "Sebuah syarikat teknologi tempatan melancarkan telefon pintar yang"
                                + " menggunakan kecerdasan buatan untuk mengurus aplikasi dan"
                                + " bateri. Perisian itu dibangunkan oleh jurutera tempatan dan"
                                + " keselamatan siber dipertingkatkan, kata syarikat itu."),
                // German
                new Sample(
                        "de",
                        SPORT,
                        "Bayern gewinnt Spitzenspiel gegen Dortmund",
                        "Der FC Bayern hat das Spitzenspiel der Bundesliga gegen Dortmund mit"
                                + " 3:1 gewonnen. Der Stürmer erzielte zwei Tore, der Torwart"
                                + " hielt einen Elfmeter. Der Trainer lobte seine Mannschaft, die"
                                + " Fans im Stadion feierten den Sieg bis weit nach dem"
                                + " Schlusspfiff."),
                new Sample(
                        "de",
                        ECONOMY,
                        "EZB senkt Leitzins, Inflation geht zurück",
                        "Die Europäische Zentralbank hat den Leitzins um einen viertel Prozentpunkt"
                                + " gesenkt, nachdem die Inflation im Euroraum weiter gesunken ist."
                                + " Ökonomen erwarten eine schwache Konjunktur, die Exporte"
                                + " stagnieren. An der Börse legten Aktien zu, der Dax schloss im"
                                + " Plus."),
                new Sample(
                        "de",
                        HEALTH,
                        "Grippewelle: Krankenhäuser am Limit",
                        "Wegen der Grippewelle sind viele Krankenhäuser überlastet. Ärzte"
                                + " berichten von deutlich mehr Patienten mit schweren Infektionen,"
                                + " auf den Intensivstationen werden Betten knapp. Der"
                                + " Gesundheitsminister rief zur Impfung auf."),
                new Sample(
                        "de",
                        DISASTER,
                        "Hochwasser: Tausende Menschen evakuiert",
                        "Nach tagelangem Starkregen sind in Süddeutschland Tausende Menschen"
                                + " vor dem Hochwasser in Sicherheit gebracht worden. Flüsse traten"
                                + " über die Ufer, mehrere Orte stehen unter Wasser. Die"
                                + " Feuerwehr und Rettungskräfte sind im Dauereinsatz, ein Mann"
                                + " wird vermisst."),
                new Sample(
                        "de",
                        CRIME,
                        "Polizei nimmt mutmaßliche Betrüger fest",
                        "Die Polizei hat drei mutmaßliche Betrüger festgenommen, die ältere"
                                + " Menschen am Telefon um ihr Erspartes gebracht haben sollen."
                                + " Die Staatsanwaltschaft wirft ihnen gewerbsmäßigen Betrug vor."
                                + " Die Tatverdächtigen sitzen in Untersuchungshaft, die"
                                + " Ermittlungen dauern an."),
                new Sample(
                        "de",
                        POLITICS,
                        "Landtagswahl: Regierungspartei verliert deutlich",
                        "Bei der Landtagswahl hat die Regierungspartei deutlich verloren. Nach"
                                + " der ersten Hochrechnung kommt die Opposition auf 31 Prozent,"
                                + " die Wahlbeteiligung lag höher als vor fünf Jahren. Der"
                                + " Spitzenkandidat sprach von einem bitteren Abend für seine"
                                + " Partei."),
                new Sample(
                        "de",
                        SCIENCE_TECH,
                        "Neue Software soll Cyberangriffe früher erkennen",
                        "Ein Start-up hat eine Software vorgestellt, die mit künstlicher"
                                + " Intelligenz Cyberangriffe auf Computer und Smartphones früher"
                                + " erkennen soll. Der Algorithmus analysiert Daten im"
                                + " Rechenzentrum in Echtzeit. Hacker hatten zuletzt mehrere"
                                + " Behörden lahmgelegt."),
                // French
                new Sample(
                        "fr",
                        SPORT,
                        "Ligue des champions : Paris s'impose à domicile",
                        "Le club parisien s'est imposé 2-0 en Ligue des champions mardi soir."
                                + " L'attaquant a marqué deux buts en seconde période, et le"
                                + " gardien de but a multiplié les arrêts. L'entraîneur a salué"
                                + " l'état d'esprit de ses joueurs devant un stade comble."),
                new Sample(
                        "fr",
                        ECONOMY,
                        "La BCE maintient ses taux, l'inflation ralentit",
                        "La Banque centrale européenne a maintenu ses taux d'intérêt jeudi,"
                                + " alors que l'inflation continue de ralentir dans la zone euro."
                                + " Les économistes anticipent une croissance économique faible."
                                + " À la Bourse de Paris, le CAC 40 a terminé en hausse et les"
                                + " investisseurs restent prudents."),
                new Sample(
                        "fr",
                        HEALTH,
                        "Épidémie de grippe : les hôpitaux sous tension",
                        "L'épidémie de grippe met les hôpitaux sous tension. Les urgences"
                                + " accueillent de nombreux patients et les médecins appellent à"
                                + " la vaccination des personnes fragiles. Le ministre de la"
                                + " Santé a annoncé des renforts pour les services de"
                                + " réanimation."),
                new Sample(
                        "fr",
                        DISASTER,
                        "Inondations : des centaines d'habitants évacués",
                        "De violentes inondations ont frappé le sud du pays après des pluies"
                                + " torrentielles. Des centaines d'habitants ont été évacués et"
                                + " les pompiers ont secouru des automobilistes bloqués. Un"
                                + " glissement de terrain a coupé une route départementale."),
                new Sample(
                        "fr",
                        CRIME,
                        "Braquage d'une bijouterie : deux suspects interpellés",
                        "Deux suspects ont été interpellés par la police après le braquage"
                                + " d'une bijouterie du centre-ville. Ils ont été placés en garde"
                                + " à vue et seront présentés à un juge. Le parquet a ouvert une"
                                + " enquête pour vol à main armée."),
                new Sample(
                        "fr",
                        POLITICS,
                        "Municipales : forte participation au premier tour",
                        "Les électeurs se sont mobilisés dimanche pour le premier tour des"
                                + " élections municipales. Dans plusieurs grandes villes, les"
                                + " candidats sortants arrivent en tête du scrutin. Les bureaux"
                                + " de vote ont fermé à 20 heures et le second tour aura lieu"
                                + " dans une semaine."),
                new Sample(
                        "fr",
                        SCIENCE_TECH,
                        "Intelligence artificielle : une start-up lève 100 millions",
                        "Une start-up française spécialisée dans l'intelligence artificielle"
                                + " a levé 100 millions d'euros pour développer son logiciel. Ses"
                                + " ingénieurs conçoivent des algorithmes capables de faire"
                                + " tourner un robot conversationnel sur un smartphone, sans"
                                + " centre de données."),
                new Sample(
                        "es",
                        CONFLICT,
                        "Los combates se intensifican pese a la tregua",
                        "Los combates entre el ejército y los rebeldes se intensificaron el fin de"
                                + " semana pese a la tregua anunciada la semana pasada. Un"
                                + " bombardeo dejó varios muertos en la capital provincial y"
                                + " miles de civiles huyeron. Las conversaciones de paz"
                                + " previstas para el lunes fueron aplazadas."),
                // Spanish
                new Sample(
                        "es",
                        SPORT,
                        "El Real Madrid gana el clásico con dos goles",
                        "El Real Madrid ganó el clásico por 2-1 con dos goles de su delantero."
                                + " El portero detuvo un penalti en el último minuto y el"
                                + " entrenador destacó el esfuerzo de los jugadores. La afición"
                                + " celebró la victoria en el estadio, que deja al equipo líder"
                                + " de la liga."),
                new Sample(
                        "es",
                        ECONOMY,
                        "El Banco Central sube los tipos de interés para frenar la inflación",
                        "El banco central subió los tipos de interés medio punto para frenar la"
                                + " inflación, que alcanzó el 7 por ciento. Los economistas"
                                + " advierten de que el crecimiento económico se desacelera."
                                + " La Bolsa cayó y los inversores buscaron refugio en los"
                                + " bonos."),
                new Sample(
                        "es",
                        HEALTH,
                        "Brote de sarampión: Sanidad pide vacunar a los niños",
                        "Sanidad confirmó un brote de sarampión con 35 casos en la región y"
                                + " pidió a las familias vacunar a los niños. Los hospitales han"
                                + " reforzado las urgencias y los médicos recuerdan que la"
                                + " enfermedad es muy contagiosa."),
                new Sample(
                        "es",
                        DISASTER,
                        "Un terremoto de magnitud 7 sacude la costa",
                        "Un terremoto de magnitud 7 sacudió la costa del Pacífico y dejó al"
                                + " menos 12 muertos. Los equipos de rescate buscan supervivientes"
                                + " entre los escombros y las autoridades decretaron la"
                                + " evacuación de las zonas bajas por riesgo de tsunami."),
                new Sample(
                        "es",
                        CRIME,
                        "Detenidos tres sospechosos por una red de estafas",
                        "La policía detuvo a tres sospechosos acusados de dirigir una red de"
                                + " estafas telefónicas. Según la fiscalía, el fraude afectó a"
                                + " más de 300 víctimas. Los detenidos pasarán a disposición del"
                                + " juez, que decidirá si ingresan en prisión."),
                new Sample(
                        "es",
                        POLITICS,
                        "Elecciones: los votantes acuden a las urnas",
                        "Millones de votantes acudieron a las urnas en unas elecciones"
                                + " generales muy reñidas. Las encuestas daban un empate técnico"
                                + " entre los dos principales candidatos. El escrutinio comenzó"
                                + " al cierre de los colegios electorales y la participación"
                                + " superó el 70 por ciento."),
                new Sample(
                        "es",
                        SCIENCE_TECH,
                        "Una empresa lanza un chip de inteligencia artificial",
                        "Una empresa tecnológica presentó un chip diseñado para aplicaciones de"
                                + " inteligencia artificial. Según sus ingenieros, el"
                                + " semiconductor permite ejecutar algoritmos en teléfonos"
                                + " inteligentes y ordenadores sin conexión a internet."));
    }
}
