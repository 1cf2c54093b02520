"""Word lists of Vietnamese news about foreign affairs: titles, organisation head words,
surnames, places. General knowledge of the language and of public administration, not
of any one article (the evaluation keeps an article out of their development).
"""

from __future__ import annotations

# Titles (chức danh), longest first when matched. Each maps to the vocabulary role id
# that ``graph/curated/vocabulary.yaml`` uses, or to a proposed id (a slug) when the
# vocabulary has none yet.
TITLES: tuple[str, ...] = (
    "Phó Chủ tịch Thường trực",
    "Phó Chủ tịch nước",
    "Phó Chủ tịch",
    "Chủ tịch nước",
    "Chủ tịch",
    "Phó Bí thư Thường trực",
    "Phó Bí thư",
    "Tổng Bí thư",
    "Bí thư",
    "Phó Thủ tướng Thường trực",
    "Phó Thủ tướng",
    "Thủ tướng",
    "Bộ trưởng Ngoại giao",
    "Ngoại trưởng",
    "Bộ trưởng",
    "Thứ trưởng Thường trực",
    "Thứ trưởng",
    "Tổng Giám đốc",
    "Giám đốc điều hành",
    "Phó Tổng Giám đốc",
    "Phó Giám đốc",
    "Giám đốc",
    "Phó Viện trưởng",
    "Viện trưởng",
    "Phó Trưởng ban",
    "Trưởng ban",
    "Phó Chủ nhiệm",
    "Chủ nhiệm",
    "Chánh Văn phòng",
    "Tổng Lãnh sự",
    "Lãnh sự",
    "Đại sứ",
    "Toàn quyền",
    "Thống đốc",
    "Thị trưởng",
    "Phó Thị trưởng",
    "Tỉnh trưởng",
    "Thủ hiến",  # a German Land's or an Australian state's head of government
    "Nhà vua",
    "Hoàng hậu",
    "Hoàng thân",
    "Hoàng tử",
    "Công chúa",
    "Thái tử",
    "Thượng nghị sĩ",
    "Hạ nghị sĩ",
    "Ủy viên BTV",  # Ban Thường vụ
    "Ủy viên BCH Trung ương Đảng",  # Ban Chấp hành
    "UV BCH Trung ương Đảng",
    "Ủy viên Ban Chấp hành Trung ương Đảng",
    "UVTW Đảng",
    "Ủy viên TƯ Đảng",
    "Ủy viên T.Ư Đảng",
    "Ủy viên dự khuyết Trung ương Đảng",
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
    "UVTV",
    "Phó Tổng thống",
    "Tổng thống",
    "Quốc vương",
    "Nữ hoàng",
    "Tổng Thư ký",
    "Tổng Biên tập",
    "Cục trưởng",
    "Tổng cục trưởng",
    "Vụ trưởng",
    "Hiệu trưởng",
    "Trưởng đoàn",
    "Trưởng Phái đoàn",
    "Trưởng phòng",
    "Trưởng khoa",  # of a hospital's or a university's department
    "Phó Trưởng phòng",
    "Chủ tịch Hội đồng quản trị",
    "Chủ tịch HĐQT",  # HĐQT: Hội đồng quản trị, the board
    "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng",
    "Ủy viên Ban Thường vụ",
    "Ủy viên Thường vụ",
    "Phó Trưởng ban Thường trực",
    "Trưởng đại diện",
    "Trưởng Đại diện",
    "Tham tán Công sứ",
    "Tham tán",
    "Công sứ",  # a minister at an embassy, below the ambassador
    "Thường trực Ban Bí thư",
    "Bí thư Thứ nhất",
    "Hội trưởng",
    "Đô trưởng",
    "Đại sứ Đặc mệnh toàn quyền",
    "Chánh án",
    # commanders of the armed forces and their units, a defence attaché
    "Tư lệnh", "Chính ủy", "Chỉ huy trưởng", "Tiểu đoàn trưởng", "Trung đoàn trưởng",
    "Lữ đoàn trưởng", "Sư đoàn trưởng", "Tùy viên Quốc phòng",
)
# "Phó" + a title is the deputy of that title: Phó Hiệu trưởng, Phó Tỉnh trưởng, Phó Cục trưởng.
TITLES = TITLES + tuple(
    f"Phó {t}" for t in TITLES
    if not t.startswith(("Phó", "Tổng", "Ủy viên", "UVTV", "UV ", "UVTW", "Chủ tịch nước",
                         "Quốc vương", "Nữ hoàng", "Nhà vua", "Hoàng", "Công chúa", "Thái tử",
                         "Thượng nghị", "Hạ nghị",
                         "Toàn quyền", "Bí thư Thứ", "Thường trực",
                         "Ngoại trưởng"))
    and f"Phó {t}" not in TITLES
)

# Titles of royalty, often followed by one name only: Nhà vua Philippe, Hoàng hậu Mathilde.
ROYAL_TITLES = frozenset({"Nhà vua", "Hoàng hậu", "Hoàng thân", "Hoàng tử", "Công chúa",
                          "Thái tử", "Quốc vương", "Nữ hoàng"})

# Titles of diplomats and of heads of governments, whom news may name by a surname alone
# (Tổng Lãnh sự Watanabe).
SINGLE_NAME_TITLES = frozenset({"Tổng Lãnh sự", "Lãnh sự", "Đại sứ", "Tổng thống", "Thủ tướng",
                                "Thị trưởng", "Thống đốc", "Tỉnh trưởng", "Ngoại trưởng",
                                "Đại sứ Đặc mệnh toàn quyền"})

# Titles whose organisation goes without saying.
IMPLICIT_ORGANIZATION: dict[str, tuple[str, str]] = {
    "Thủ tướng": ("Chính phủ", "GovernmentBody"),
    "Phó Thủ tướng": ("Chính phủ", "GovernmentBody"),
    "Phó Thủ tướng Thường trực": ("Chính phủ", "GovernmentBody"),
    "Tổng Bí thư": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên Bộ Chính trị": ("Bộ Chính trị", "PartyBody"),
    "Ủy viên Trung ương Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên BCH Trung ương Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "UV BCH Trung ương Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên Ban Chấp hành Trung ương Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "UVTW Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên TƯ Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên T.Ư Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên dự khuyết Trung ương Đảng": ("Ban Chấp hành Trung ương Đảng", "PartyBody"),
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": ("Ban Chấp hành Trung ương Đảng",
                                                        "PartyBody"),
    "Thường trực Ban Bí thư": ("Ban Bí thư", "PartyBody"),
}

ROLE_QUALIFIERS: dict[str, str] = {"quyền": "acting", "nguyên": "former", "cựu": "former",
                                   "cố": "former"}  # cố: the late

# Honorifics and academic titles written before a name: "ông", "bà", "TS", "PGS.TS".
HONORIFICS = frozenset(
    "ông bà TS PGS.TS GS.TS GS.TSKH PGS GS ThS TSKH NCS BS KS LS Ths PGS-TS GS-TS GS-TSKH "
    "TS-BS BS-CKII NSND NSƯT GS-BS PGS-BS GS.BS PGS.BS ThS.BS Samdech Techo Moha".split()
)


def _with_capitalised(*phrases: str) -> tuple[str, ...]:
    """Each phrase as written and with a capital first letter (at a sentence's start).

    >>> _with_capitalised("đồng chí", "ngài")
    ('đồng chí', 'Đồng chí', 'ngài', 'Ngài')
    """
    return tuple(form for phrase in phrases for form in (phrase, phrase[0].upper() + phrase[1:]))


# Honorifics and designations of several words: "đồng chí", "Ngài", "nhà nghiên cứu".
# The plural ones ("các ông", "các đồng chí") may introduce a list: "các ông A và B".
HONORIFIC_PHRASES: tuple[str, ...] = (
    *_with_capitalised(
        "đồng chí", "ngài", "nhà nghiên cứu", "nhà báo", "nhà văn", "nhà sử học", "giáo sư",
        "tiến sĩ", "luật sư", "bác sĩ", "kiến trúc sư", "nghệ sĩ", "nhạc sĩ", "họa sĩ",
        "nhà ngoại giao", "nhà khoa học", "nhà giáo", "doanh nhân", "lãnh tụ", "nhà lãnh đạo",
        "kiều bào", "nhà đầu tư", "huấn luyện viên", "phóng viên", "cô", "em",
        "viện sĩ thông tấn", "viện sĩ",  # an academy's (corresponding) member
        # artists, athletes, members of parliament named by what they are
        "đạo diễn", "diễn viên", "tài tử", "ca sĩ", "nhạc trưởng", "nhà thơ", "biên đạo",
        "võ sư", "vận động viên", "nghị sĩ", "dân biểu", "lạt-ma",
    ),
    "VSTT", "VĐV",
    "chị", "Chị", "anh",  # "anh" in lower case only: "Anh" is also England
    # military and police ranks, also in lower case (do trung tá A làm trưởng đoàn)
    *_with_capitalised("đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá",
                       "thượng tá", "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy",
                       "thiếu úy", "đô đốc", "phó đô đốc", "chuẩn đô đốc"),
    "Phó Đô đốc", "Chuẩn Đô đốc",  # navies' flag ranks, also written with two capitals
    # a wife named with her husband (Chủ tịch Quốc hội ... và Phu nhân Shin Kyunghye), a
    # teacher, the other spellings of doctor's and master's degrees
    *_with_capitalised("phu nhân", "thầy", "tiến sỹ", "thạc sĩ", "thạc sỹ"),
)
# Korean surnames in their usual romanisation: with a hyphenated given name after them
# (Ji Chang-wook, Moon So-ri) they make a name wherever they stand.
KOREAN_SURNAMES = frozenset(
    "Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn "
    "Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Ji Noh Ha Kwak Sung Cha Joo Woo Koo "
    "Min Ryu Na Jin Eom Chae Won Bang Gong Hyun".split())
# Honours written after a name (Andrew Goledzinowski AM): not part of it.
POST_NOMINALS = frozenset("AM AO AC OBE MBE CBE KBE GCMG".split())
PLURAL_HONORIFICS: tuple[str, ...] = _with_capitalised("các ông", "các bà", "các đồng chí")
# People known by a fixed name of respect (general knowledge): the form -> the person.
KNOWN_PEOPLE: dict[str, str] = {"Bác Hồ": "Hồ Chí Minh"}

# Credit lines of news pages, before the name of whoever made the picture or the text.
CREDIT_WORDS: tuple[str, ...] = (
    "Ảnh", "ẢNH", "ảnh", "Đồ họa", "ĐỒ HỌA", "Video", "VIDEO", "Clip", "Bài và ảnh", "BÀI VÀ ẢNH",
    "Nguồn tin", "Nguồn",
    "Bài, ảnh", "Thực hiện", "THỰC HIỆN", "Dữ liệu", "Thiết kế", "Tin", "Tin, ảnh", "Tin và ảnh",
)
# Credits in capitals that name no outlet: nhân vật cung cấp (given by the person), cộng tác
# viên, tư liệu, ban tổ chức.
# Credits of a contributor (cộng tác viên) or a reporter (phóng viên), before a name or an
# outlet: Ảnh: CTV Quốc Việt, Ảnh: PV/VOV-Vientiane.
CONTRIBUTOR_CREDITS = frozenset({"CTV", "PV"})
NOT_OUTLET_CREDITS = frozenset({"NVCC", "BTC"}) | CONTRIBUTOR_CREDITS

# Locality words that end a body's name with no place after them (UBND tỉnh, HĐND Thành
# phố): the province or city the text is about.
BARE_LOCALITY_WORDS = ("tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP")

# Words that, before a capitalised name, make it a province or city: "tỉnh Champasak".
LOCALITY_WORDS: dict[str, str] = {"tỉnh": "Province", "thành phố": "City", "TP": "City",
                                  "bang": "Province", "Bang": "Province", "quận": "Locality",
                                  "Quận": "Locality",
                                  "thủ đô": "City", "thủ phủ": "City",
                                  "vùng": "Province", "khu vực": "Province",
                                  "huyện": "Locality",
                                  "phủ": "Province"}  # phủ Osaka: a Japanese prefecture

# Words that begin the names of other countries' parties, after "Đảng" (not "Đảng" alone:
# in "Trung ương Đảng Nguyễn Văn A" a person follows it); they may follow each other
# (Đảng Dân chủ Tự do, Đảng Dân chủ Xã hội).
PARTY_NAME_WORDS: tuple[str, ...] = (
    "Dân chủ", "Cộng hòa", "Lao động", "Xã hội", "Bảo thủ", "Tự do", "Nhân dân", "Hành động",
    "Sức mạnh", "Quốc đại", "Xanh", "Liên minh", "Thống nhất", "Đoàn kết", "Quốc dân",
    "Công nhân", "Cách mạng", "Dân tộc")
PARTY_HEADS = frozenset(f"Đảng {word}" for word in PARTY_NAME_WORDS)

# Organisation head words (longest first), with the annotation type they give.
ORGANIZATION_HEADS: tuple[tuple[str, str], ...] = (
    ("Ủy ban nhân dân", "GovernmentBody"),
    ("Đoàn đại biểu Quốc hội", "Legislature"),
    ("đoàn Đại biểu Quốc hội", "Legislature"),  # after Trưởng: a province's delegation
    ("Đoàn ĐBQH", "Legislature"),
    ("đoàn ĐBQH", "Legislature"),
    ("Phòng Thương mại và Công nghiệp", "Organization"),
    ("Hạ viện", "Legislature"),
    ("Thượng viện", "Legislature"),
    ("Tòa án", "GovernmentBody"),
    ("Đài Phát thanh và Truyền hình", "Newspaper"),
    ("Đài Truyền hình", "Newspaper"),
    ("Nhóm nghị sĩ", "Organization"),
    ("Hội nghị Hiệp thương Chính trị", "Organization"),  # Chính hiệp, not a conference
    ("Đảng Nhân dân Cách mạng", "PartyBody"),
    ("Đảng Cộng sản", "PartyBody"),
    *((f"Đảng {word}", "PartyBody") for word in PARTY_NAME_WORDS),
    ("Ủy ban Trung ương", "PartyBody"),
    # Armed forces, border guards and police of a province, and their commands
    ("Lực lượng Tự vệ trên biển", "GovernmentBody"),  # Japan's Maritime Self-Defense Force
    ("Lực lượng Phòng vệ Biển", "GovernmentBody"),
    ("Lực lượng Tự vệ", "GovernmentBody"),
    ("Lực lượng Phòng vệ", "GovernmentBody"),
    ("Cảnh sát biển", "GovernmentBody"),
    ("Hải quân", "GovernmentBody"),
    ("hải quân", "GovernmentBody"),
    ("Không quân", "GovernmentBody"),
    ("Lục quân", "GovernmentBody"),
    ("Quân đội", "GovernmentBody"),
    ("Quân chủng", "GovernmentBody"),  # Quân chủng Hải quân: a service of the army
    ("Hạm đội", "GovernmentBody"),  # a fleet: Hạm đội Thái Bình Dương
    ("Sư đoàn", "GovernmentBody"),
    ("Lữ đoàn", "GovernmentBody"),
    ("Trung đoàn", "GovernmentBody"),
    ("Tiểu đoàn", "GovernmentBody"),
    ("Tiểu khu", "GovernmentBody"),  # a Cambodian province's military command
    ("BTL", "GovernmentBody"),  # Bộ Tư lệnh: BTL Vùng 1 Hải quân
    ("Nhà nước", "GovernmentBody"),  # Nhà nước Cộng hòa dân chủ nhân dân Lào: a state
    # Airports' and airlines' bodies, broadcasters, national parks, alliances
    ("Cảng Hàng không", "Organization"),
    ("Cảng hàng không", "Organization"),
    ("Cảng HKQT", "Organization"),  # Cảng hàng không quốc tế
    ("Hãng hàng không", "Organization"),
    ("hãng hàng không", "Organization"),
    ("Đài PTTH", "Newspaper"),
    ("Vườn Quốc gia", "Organization"),
    ("Vườn quốc gia", "Organization"),
    ("Liên minh", "Organization"),  # Liên minh Bảo tồn Thiên nhiên Quốc tế
    ("khu công nghiệp", "Organization"),  # in lower case, before a capitalised name
    ("KCN", "Organization"),  # Khu công nghiệp: KCN Sông Khoai
    ("KCX", "Organization"),
    ("Khoa", "Organization"),  # a faculty's or a hospital's department: Khoa Hành chính công
    ("khoa", "Organization"),  # khoa Phục hồi chức năng, khoa YHCT
    ("Văn phòng Lãnh sự", "GovernmentBody"),  # Văn phòng Lãnh sự Nhật Bản tại Đà Nẵng
    ("Bộ Chỉ huy Bộ đội Biên phòng", "GovernmentBody"),
    ("Ban hành chính", "GovernmentBody"),  # Ban hành chính tỉnh Prey Veng
    ("chính quyền", "GovernmentBody"),  # chính quyền TP Busan, chính quyền bang Nebraska
    ("Chính quyền", "GovernmentBody"),
    ("Bộ Chỉ huy BĐBP", "GovernmentBody"),
    ("Bộ Chỉ huy Quân sự", "GovernmentBody"),
    ("Bộ CHQS", "GovernmentBody"),
    ("Ban Chỉ huy Bộ đội Biên phòng", "GovernmentBody"),
    ("Ban Chỉ huy Quân sự", "GovernmentBody"),
    ("Bộ Tư lệnh", "GovernmentBody"),
    ("Bộ Tham mưu", "GovernmentBody"),
    ("Bộ đội Biên phòng", "GovernmentBody"),
    ("BĐBP", "GovernmentBody"),
    ("Đồn Biên phòng", "GovernmentBody"),
    ("Lực lượng vũ trang", "GovernmentBody"),
    ("Hiến binh", "GovernmentBody"),  # Cambodia's gendarmerie
    ("Công an", "GovernmentBody"),
    ("Viện kiểm sát nhân dân", "GovernmentBody"),  # with tối cao or its locality
    ("Viện Kiểm sát nhân dân", "GovernmentBody"),
    ("Tòa án nhân dân", "GovernmentBody"),
    # Youth unions and art troupes
    ("Trung ương Đoàn", "Organization"),
    ("T.Ư Đoàn", "Organization"),  # the Youth Union's central committee, abbreviated
    ("TƯ Đoàn", "Organization"),
    ("Trung ương Hội", "Organization"),  # an association's central committee: Trung ương
    # Hội Liên hiệp Phụ nữ Việt Nam, Trung ương Hội Việt - Mỹ
    ("Ban tổ chức", "Organization"),  # an event's organising committee (Ban Tổ chức, the
    # party's organisation commission, is read by "Ban")
    ("ủy ban nhân dân", "GovernmentBody"),  # in lower case after a title
    ("ủy ban MTTQ", "Organization"),
    ("ủy ban Mặt trận Tổ quốc", "Organization"),
    ("Tạp chí", "Newspaper"),
    ("Võ đường", "Organization"),
    ("Nhóm", "Organization"),
    ("Trung ương Đảng", "PartyBody"),  # Trung ương Đảng Cộng sản Cuba (with its party's name)
    ("Tổng hội", "Organization"),  # Tổng Hội người Campuchia gốc Việt Nam
    ("Liên minh nghị sĩ", "Organization"),  # Liên minh nghị sĩ hữu nghị Nhật Bản - Việt Nam
    ("Đoàn Thanh niên", "Organization"),
    ("Châu đoàn", "Organization"),
    ("Đoàn nghệ thuật", "Organization"),
    ("Đoàn Ca múa", "Organization"),
    ("Đoàn Hợp xướng", "Organization"),
    ("BCH Đảng bộ", "PartyBody"),  # Ủy viên BCH Đảng bộ tỉnh
    ("Ủy ban", "GovernmentBody"),
    ("Hội đồng nhân dân", "Legislature"),
    ("Ban Chấp hành Trung ương", "PartyBody"),
    ("BCH Trung ương", "PartyBody"),  # Ủy viên BCH Trung ương Đảng Cộng sản Trung Quốc
    ("Mặt trận Tổ quốc", "Organization"),
    ("Đại sứ quán", "GovernmentBody"),
    ("Tổng Lãnh sự quán", "GovernmentBody"),
    ("Lãnh sự quán", "GovernmentBody"),
    ("Văn phòng Lãnh sự danh dự", "GovernmentBody"),
    ("Văn phòng", "GovernmentBody"),
    ("Tổ công tác", "CooperationBody"),
    ("Nhóm công tác", "CooperationBody"),
    ("Trung tâm", "Organization"),
    ("Ngân hàng", "Organization"),
    ("Tập đoàn", "Organization"),
    ("tập đoàn", "Organization"),
    ("Khu công nghệ cao", "Organization"),
    ("Khu công nghiệp", "Organization"),
    ("Khu chế xuất", "Organization"),
    ("Khu kinh tế", "Organization"),
    ("Tổng công ty", "Organization"),
    ("Công ty", "Organization"),
    ("công ty", "Organization"),
    ("trường", "Organization"),  # in lower case, before a foreign name only: trường Senac
    ("văn phòng", "GovernmentBody"),
    ("tổ chức", "Organization"),
    ("hiệp hội", "Organization"),
    ("Phòng", "Organization"),
    ("Học viện", "ResearchInstitute"),
    ("Trường Đại học", "Organization"),
    ("Câu lạc bộ", "Organization"),
    ("Bệnh viện", "Organization"),
    ("Bảo tàng", "Organization"),
    ("Đại học", "Organization"),
    ("Hội Liên hiệp các tổ chức hữu nghị", "Organization"),
    ("Liên hiệp các tổ chức hữu nghị", "Organization"),
    ("Liên hiệp", "Organization"),
    ("Liên đoàn", "Organization"),
    ("Ủy hội", "CooperationBody"),
    ("Tổ chức", "Organization"),
    ("Cơ quan", "GovernmentBody"),
    ("Quỹ", "Organization"),
    ("Trường", "Organization"),
    ("Hiệp hội", "Organization"),
    ("Hội đồng", "Organization"),
    ("Chi hội", "Organization"),
    ("Thành ủy", "PartyBody"),
    ("Tỉnh ủy", "PartyBody"),
    ("thành ủy", "PartyBody"),
    ("tỉnh ủy", "PartyBody"),
    ("Đảng ủy", "PartyBody"),
    ("Khu ủy", "PartyBody"),  # Khu ủy Khu tự trị dân tộc Choang Quảng Tây
    ("Châu ủy", "PartyBody"),  # Châu ủy châu Hồng Hà: a Chinese prefecture's party committee
    ("Tỉnh đoàn", "Organization"),  # the province's Youth Union
    ("Thành đoàn", "Organization"),
    ("UB.MTTQVN", "Organization"),  # Ủy ban Mặt trận Tổ quốc Việt Nam
    ("UBMTTQVN", "Organization"),
    ("tổng lãnh sự quán", "GovernmentBody"),
    ("lãnh sự quán", "GovernmentBody"),
    ("đại sứ quán", "GovernmentBody"),
    ("Chính quyền nhân dân", "GovernmentBody"),  # a Chinese city's or province's government
    ("Đảng bộ", "PartyBody"),
    ("Quốc hội", "Legislature"),
    ("Chính phủ", "GovernmentBody"),
    ("Tổng cục", "GovernmentBody"),
    ("UBND", "GovernmentBody"),
    ("HĐND", "Legislature"),
    ("UBMTTQ", "Organization"),
    ("MTTQ", "Organization"),
    ("Chính hiệp", "Organization"),  # China's political consultative conferences
    ("Nhà máy", "Organization"),
    ("Quân khu", "GovernmentBody"),
    ("Phái đoàn", "GovernmentBody"),
    ("Bộ", "Ministry"),
    ("Sở", "Department"),
    ("Viện", "ResearchInstitute"),
    ("Ban", "PartyBody"),
    ("Hội", "Organization"),
    ("Cục", "GovernmentBody"),
    ("Vụ", "GovernmentBody"),
    ("báo", "Newspaper"),
    ("Báo", "Newspaper"),
    ("đài", "Newspaper"),  # in lower case, before a foreign name only: đài RFI
    ("Cảng", "Organization"),  # a port's authority: Cảng Oakland, Cảng quốc tế Long An
    ("cảng", "Organization"),
)
# Heads written short, read as the head they stand for: ĐSQ Ấn Độ, BVĐK tỉnh Quảng Trị, ĐHQG
# Singapore, Cty Dịch vụ Lữ hành Saigontourist, VKSND tối cao.
ABBREVIATED_HEADS: dict[str, str] = {
    "ĐSQ": "Đại sứ quán", "TLSQ": "Tổng Lãnh sự quán", "LSQ": "Lãnh sự quán",
    "BVĐK": "Bệnh viện", "BV": "Bệnh viện", "Cty": "Công ty", "BQL": "Ban",
    "ĐHQG": "Đại học", "ĐH": "Đại học", "VKSND": "Viện kiểm sát nhân dân",
    "TAND": "Tòa án nhân dân"}
ORGANIZATION_HEADS += tuple((short, dict(ORGANIZATION_HEADS)[full])
                            for short, full in ABBREVIATED_HEADS.items())
# Heads that name a body on their own (the others need a name after them).
STANDALONE_HEADS = {"Đoàn đại biểu Quốc hội", "đoàn Đại biểu Quốc hội", "Đoàn ĐBQH", "đoàn ĐBQH",
                    "Khu ủy", "Châu ủy", "Châu đoàn", "Tỉnh đoàn", "Thành đoàn", "BCH Đảng bộ",
                    "Quốc hội", "Chính phủ", "UBND", "HĐND", "Thành ủy", "Tỉnh ủy", "thành ủy",
                    "Đảng ủy", "tỉnh ủy", "Khu công nghệ cao", "T.Ư Đoàn", "TƯ Đoàn",
                    "Hội đồng nhân dân", "Mặt trận Tổ quốc",
                    "Ủy ban nhân dân",
                    "Liên hiệp các tổ chức hữu nghị", "Hạ viện", "Thượng viện"}
# Procuracies and courts: the country's highest with "tối cao" after them, else a locality's.
SUPREME_COURT_HEADS = {"Viện kiểm sát nhân dân", "Viện Kiểm sát nhân dân", "Tòa án nhân dân"}
# Heads in lower case that name a body only with the locality it is of: "Trưởng đoàn Đại biểu
# Quốc hội tỉnh" (but "đoàn đại biểu Quốc hội Việt Nam" is a delegation on a visit).
LOCAL_ONLY_HEADS = {"đoàn Đại biểu Quốc hội", "đoàn ĐBQH",
                    # of a province or a city, named with it: Công an tỉnh Thanh Hóa, BĐBP
                    # Nghệ An, Bộ đội Biên phòng tỉnh Lâm Đồng, Hiến binh tỉnh Mondulkiri
                    "Công an", "BĐBP", "Bộ đội Biên phòng", "Lực lượng vũ trang", "Hiến binh",
                    "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy BĐBP", "Bộ Chỉ huy Quân sự",
                    "Bộ CHQS", "Ban Chỉ huy Bộ đội Biên phòng", "Ban Chỉ huy Quân sự",
                    "Ban hành chính",  # a Cambodian province's administration
                    *SUPREME_COURT_HEADS}
# Heads that name a body only with a named place after them (chính quyền TP Busan; not
# chính quyền tỉnh, the text's own locality).
NAMED_PLACE_ONLY_HEADS = {"chính quyền", "Chính quyền"}
# Armed forces named by their country: a body only when the name ends with one (Hải quân
# Mỹ, Quân đội nhân dân Việt Nam, Lực lượng Tự vệ trên biển Nhật Bản; not sĩ quan hải quân).
COUNTRY_ONLY_HEADS = {"Hải quân", "hải quân", "Không quân", "Lục quân", "Quân đội",
                      "Cảnh sát biển", "Lực lượng Tự vệ trên biển", "Lực lượng Phòng vệ Biển",
                      "Lực lượng Tự vệ", "Lực lượng Phòng vệ", "Nhà nước"}
# Heads that are also common words: they need a capitalised word right after them.
CAPITALISED_NAME_HEADS = {"Tổ chức", "Cơ quan", "Quỹ", "Trường", "Bệnh viện", "Bảo tàng", "Phòng",
                          "KCN", "KCX", "Khoa", "khoa",
                          "Liên minh", "khu công nghiệp", "Hãng hàng không", "hãng hàng không",
                          "Đồn Biên phòng", "Ban tổ chức", "Tạp chí", "Võ đường", "Nhóm",
                          "Liên đoàn",
                          "công ty", "tập đoàn", "Khu công nghiệp", "Khu chế xuất", "Khu kinh tế",
                          "Phái đoàn", "Nhà máy", "Cảng"}  # Cảng Oakland
# Heads whose name may be lower-case words, then the locality it is of (Bệnh viện đa khoa
# tỉnh Quảng Trị, Bệnh viện hữu nghị đa khoa Nghệ An, Cảng quốc tế Long An), with the fewest
# lower-case words they need (Bệnh viện Đà Nẵng is a hospital, Cảng Đà Nẵng a place).
LOCALITY_NAMED_HEADS = {"Bệnh viện": 0, "Cảng": 1}
# Heads of missions and offices, named with the place they are in: Đại sứ quán Thụy Sỹ tại Việt
# Nam, Văn phòng JICA tại TP.HCM, Liên đoàn Thương mại ... tại bang Goias.
LOCATED_HEADS = {"Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Văn phòng", "Phái đoàn",
                 "Văn phòng Lãnh sự", "Hội đồng", "Liên hiệp",  # Hội đồng Anh tại Việt Nam
                 "Văn phòng Lãnh sự danh dự",
                 "Hội", "Hiệp hội", "Tổng hội",  # Hội người Việt Nam tại Hà Lan: abroad
                 "Viện", "Liên đoàn", "đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán"}
# Heads whose name may be a number: Bệnh viện Quân y 175, Bệnh viện 115, Quân khu 7.
NUMBERED_HEADS = {"Bệnh viện", "Trường", "Nhà máy", "Quân khu", "Sư đoàn", "Lữ đoàn",
                  "Trung đoàn", "Tiểu đoàn", "Hạm đội"}  # Tiểu đoàn Bộ đội Biên phòng 1
# Heads of companies: their names go on after an acronym (Công ty DCT Partner Việt Nam).
COMPANY_HEADS = {"Công ty", "công ty", "Tập đoàn", "tập đoàn", "Tổng công ty", "Ngân hàng"}
# Common nouns that name a body only before a foreign name or an acronym, and after a
# function word (tại trường Senac, với văn phòng JICA Việt Nam, tổ chức Daegu Eagle Rotary
# Club; not thị trường Mỹ, not đã tổ chức Tuần văn hóa).
LOWER_CASE_HEADS = {"trường", "văn phòng", "tổ chức", "hiệp hội",
                    "đài", "cảng"}  # với đài RFI, ký với cảng Oakland
# Acronyms of heads, a name after them: Trường ĐH Bách Khoa, Ban Quản lý KKT Dung Quất.
ACRONYMS_OF_HEADS = frozenset({"ĐH", "CĐ", "KKT", "KCN", "KCX", "KCNC", "THPT", "THCS"})
# Words that end a company's name in English: Công ty DDV Enterprises LTD.
COMPANY_SUFFIXES = frozenset(
    "Enterprises Enterprise LTD Ltd Co Corporation Corp Group Holdings Inc JSC".split())
# Words for companies in general, before a list of them: các tập đoàn lớn như Samsung, Intel.
COMPANY_NOUNS = ("tập đoàn", "công ty", "doanh nghiệp", "hãng", "nhà đầu tư", "nhà sản xuất")
# Company forms written after "Công ty": Công ty TNHH Nestlé Việt Nam.
COMPANY_FORMS = frozenset({"TNHH", "CP", "MTV"})  # each a token: Công ty TNHH MTV X
# Heads of schools, often named after a person: Trường Cao đẳng Kỹ thuật Cao Thắng.
SCHOOL_HEADS = {"Trường", "Trường Đại học", "Đại học", "Học viện",
                "Vườn Quốc gia", "Vườn quốc gia"}  # (national parks too: Vườn Quốc gia Bạch Mã)
# Lower-case kinds of school after "Trường": Trường tiểu học Quang Vinh.
SCHOOL_KINDS = {"tiểu", "trung", "mầm", "phổ", "đại", "cao", "chuyên"}  # chuyên: a school for
# the gifted (Trường chuyên Lê Hồng Phong)
# ... and the kinds, in either case, that make a lower-case "trường" a school's head: trường
# Đại học Asia, trường THPT Nguyễn Văn Huyên, trường Mầm non Minh Tiến.
KINDS_OF_SCHOOL_AFTER_TRUONG = SCHOOL_KINDS | {
    "Đại", "Cao", "Trung", "Tiểu", "Mầm", "Phổ", "THPT", "THCS", "PTTH"}
# Words that make "trường" the second half of another word: thị trường, môi trường.
NOT_SCHOOL_BEFORE_TRUONG = frozenset("thị môi hiện quảng chiến lập thương nhà các những".split())
# Lower-case particles inside foreign names: Katrin von der Heide, Ursula von der Leyen.
NAME_PARTICLES = frozenset(
    "von van der den de du da di del della dos das bin binti al el ter ten zu".split()
)
# Words that start a head but then mean something else: Hội nghị is a conference.
NOT_ORGANIZATION_AFTER_HEAD = {
    "Hội": {"nghị", "thảo", "kiến", "đàm", "chợ", "nhập", "đủ", "trường", "khóa", "khoá",
            "lần"},  # Đại hội Hội lần thứ III: the association's congress; Hội
    # trường: a hall; Hội khóa II: the association's term
    "Thành ủy": {"viên"},  # Thành ủy viên: a member
    "Tỉnh ủy": {"viên"},
    "Bộ": {"trưởng", "Chính"},  # Bộ Chính trị is handled as a known body
    "Trường": {"Sơn", "Sa"},  # Trường Sơn, Trường Sa: mountains, islands
    "Ban": {"hành", "đầu"},  # (Ban hành chính, a Cambodian province's administration,
    # is a head of its own)
    "Vụ": {"trưởng", "việc"},
    "Cục": {"trưởng"},
    **{unit: {"trưởng"} for unit in ("Sư đoàn", "Lữ đoàn", "Trung đoàn", "Tiểu đoàn")},
    "Viện": {"trưởng", "trợ", "sĩ"},  # Viện sĩ: an academician
    "Lãnh sự quán": {"các"},  # Lãnh sự quán các nước Campuchia, Lào: several
    "Tổng Lãnh sự quán": {"các"},
    "Đại sứ quán": {"các"},
    "Sở": {"dĩ", "hữu"},
    "Trung tâm": set(),
    "Tổ chức": {"Phi", "phi"},  # Tổ chức Phi chính phủ của chúng tôi: a kind, not a name
}

# Words of bodies' names written in full or as their abbreviation: one entity for both
# (Ủy ban Mặt trận Tổ quốc Việt Nam TP.HCM and Ủy ban MTTQ Việt Nam TP.HCM).
ABBREVIATED_WORDS: dict[str, str] = {
    "Mặt trận Tổ quốc": "MTTQ", "Liên hiệp Phụ nữ": "LHPN", "Bộ đội Biên phòng": "BĐBP",
    "Khoa học và Công nghệ": "KH&CN", "Nông nghiệp và Phát triển nông thôn": "NN&PTNT",
    "Kế hoạch và Đầu tư": "KH&ĐT", "Tài nguyên và Môi trường": "TN&MT",
    "Thông tin và Truyền thông": "TT&TT", "Giao thông vận tải": "GTVT",
    "Chỉ huy Quân sự": "CHQS", "Ban Chấp hành": "BCH", "Ban Thường vụ": "BTV",
    "Cảnh sát điều tra": "CSĐT", "Đại biểu Quốc hội": "ĐBQH", "Bộ Tư lệnh": "BTL",
    "Giáo dục và Đào tạo": "GD&ĐT", "Văn hóa, Thể thao và Du lịch": "VHTTDL",
    "Văn hoá, Thể thao và Du lịch": "VHTTDL",
}
# Bodies known by a full name and an acronym (general knowledge): one entity for both.
KNOWN_ACRONYMS: dict[str, str] = {
    "Cơ quan Hợp tác quốc tế Hàn Quốc": "KOICA",
    "Cơ quan Hợp tác quốc tế Nhật Bản": "JICA",
    "Tổ chức Hợp tác quốc tế Nhật Bản": "JICA",
    "Chương trình Phát triển Liên Hợp Quốc": "UNDP",
    "Quỹ Nhi đồng Liên Hợp Quốc": "UNICEF",
    "Quỹ Dân số Liên Hợp Quốc": "UNFPA",
    "Ngân hàng Phát triển châu Á": "ADB",
    "Tổ chức Y tế Thế giới": "WHO",
    "Tổ chức Thương mại Thế giới": "WTO",
    "Quỹ Tiền tệ Quốc tế": "IMF",
    "Diễn đàn Kinh tế Thế giới": "WEF",
    "Liên minh châu Âu": "EU",
    "Cơ quan Phát triển Pháp": "AFD",
    "Tổ chức Xúc tiến Thương mại Nhật Bản": "JETRO",
    "Thông tấn xã Việt Nam": "TTXVN",
    "Liên minh Bảo tồn Thiên nhiên Quốc tế": "IUCN",
}

# Bodies known by a fixed name (general knowledge).
KNOWN_ORGANIZATIONS: dict[str, str] = {
    "Bộ Chính trị": "PartyBody",
    "Cục Lãnh sự": "GovernmentBody",
    "Cục Lễ tân Nhà nước": "GovernmentBody",
    "Thông tấn xã Việt Nam": "Newspaper",
    "TTXVN": "Newspaper",
    "Học viện Ngoại giao": "ResearchInstitute",
    "Ban Bí thư": "PartyBody",
    "Mặt trận Lào xây dựng đất nước": "Organization",  # Lao Front for National Development
    "Mặt trận Lào Xây dựng Đất nước": "Organization",
    "Ban Bí thư Trung ương Đảng": "PartyBody",
    "Đoàn TNCS Hồ Chí Minh": "Organization",  # the Youth Union (not the person)
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh": "Organization",
    "Trung ương Đoàn TNCS Hồ Chí Minh": "Organization",
    "Ủy ban Quốc gia về Thanh niên Việt Nam": "GovernmentBody",
    "Tổ chức Sở hữu trí tuệ thế giới": "InternationalOrganization",
    "Liên minh Bảo tồn Thiên nhiên Quốc tế": "InternationalOrganization",
    "IUCN": "InternationalOrganization",
    "CARE Quốc tế": "InternationalOrganization", "CARE": "InternationalOrganization",
    "JNTO": "GovernmentBody",  # the Japan National Tourism Organization
    # airlines and Vietnam's aviation bodies
    "Vietnam Airlines": "Organization", "Vietjet Air": "Organization", "Vietjet": "Organization",
    "Bamboo Airways": "Organization", "Vietravel Airlines": "Organization",
    "Korean Air": "Organization", "Asiana Airlines": "Organization",
    "Tổng công ty Hàng không Việt Nam": "Organization",
    "WIPO": "InternationalOrganization",
    # chambers of commerce of foreign business in Vietnam
    "EuroCham": "Organization", "AmCham": "Organization", "KoCham": "Organization",
    "KOCHAM": "Organization", "KORCHAM": "Organization", "BritCham": "Organization",
    "AusCham": "Organization", "CanCham": "Organization", "InCham": "Organization",
    # news agencies and broadcasters abroad
    "Yonhap": "Newspaper", "Kyodo": "Newspaper", "Tân Hoa xã": "Newspaper",
    "Xinhua": "Newspaper", "Reuters": "Newspaper", "AFP": "Newspaper", "Bloomberg": "Newspaper",
    "BBC": "Newspaper", "CNN": "Newspaper", "NHK": "Newspaper", "Sputnik": "Newspaper",
    "TASS": "Newspaper", "Bernama": "Newspaper", "KPL": "Newspaper", "AKP": "Newspaper",
    "Ngân hàng Thế giới": "InternationalOrganization",
    "WWF": "InternationalOrganization",
    "VOV": "Newspaper",
    "Ủy ban công tác về các tổ chức phi chính phủ nước ngoài": "GovernmentBody",
    "Quân ủy Trung ương": "PartyBody",
    "VTV": "Newspaper",
    "UNFPA": "InternationalOrganization",
    "UNHCR": "InternationalOrganization",
    "IOM": "InternationalOrganization",
    "Hội đồng châu Âu": "InternationalOrganization",
    "Ủy ban châu Âu": "InternationalOrganization",
    "EC": "InternationalOrganization",
    "Nghị viện châu Âu": "InternationalOrganization",
    "Ủy ban Nhà nước về NVNONN": "GovernmentBody",
    "Oxfam": "InternationalOrganization",
    "USAID": "GovernmentBody",
    "GIZ": "GovernmentBody",
    "Liên Hợp Quốc": "InternationalOrganization",
    "Liên Hiệp Quốc": "InternationalOrganization",  # the other spelling
    "ASEAN": "InternationalOrganization",
    "APEC": "InternationalOrganization",
    "WTO": "InternationalOrganization",
    "UNESCO": "InternationalOrganization",
    "UNDP": "InternationalOrganization",
    "UNICEF": "InternationalOrganization",
    "World Bank": "InternationalOrganization",
    "IMF": "InternationalOrganization",
    "ADB": "InternationalOrganization",
    "JICA": "InternationalOrganization",
    "KOICA": "InternationalOrganization",
    "ĐHQG-HCM": "Organization",  # Vietnam National University, Ho Chi Minh City (Hà Nội's)
    "ĐHQGHN": "Organization",
    # Japan's and Korea's trade and aid bodies, Vietnam's chamber of commerce
    "JETRO": "GovernmentBody",
    "JBIC": "GovernmentBody",
    "JCCI": "Organization",
    "KOTRA": "GovernmentBody",
    "VCCI": "Organization",
    "WEF": "InternationalOrganization",
    "C40": "InternationalOrganization",
    "EU": "InternationalOrganization",
    "Liên minh châu Âu": "InternationalOrganization",
    "AFD": "InternationalOrganization",
    "MRC": "InternationalOrganization",
    "WHO": "InternationalOrganization",
    "FAO": "InternationalOrganization",
    "ILO": "InternationalOrganization",
    "Chương trình Phát triển Liên Hợp Quốc": "InternationalOrganization",
    "Quỹ Nhi đồng Liên Hợp Quốc": "InternationalOrganization",
    "Quỹ Dân số Liên Hợp Quốc": "InternationalOrganization",
    "Ngân hàng Phát triển châu Á": "InternationalOrganization",
    "Quỹ Tiền tệ Quốc tế": "InternationalOrganization",
    "Tổ chức Thương mại Thế giới": "InternationalOrganization",
    "Tổ chức Y tế Thế giới": "InternationalOrganization",
    "Diễn đàn Kinh tế Thế giới": "InternationalOrganization",
    "Cơ quan Phát triển Pháp": "GovernmentBody",
    "Cơ quan Hợp tác quốc tế Nhật Bản": "GovernmentBody",
    "Cơ quan Hợp tác quốc tế Hàn Quốc": "GovernmentBody",
    "Tổ chức Hợp tác quốc tế Nhật Bản": "GovernmentBody",
    "Ủy hội sông Mê Công quốc tế": "InternationalOrganization",
    "Ủy ban Nhà nước về người Việt Nam ở nước ngoài": "GovernmentBody",
    "Ủy ban về người Việt Nam ở nước ngoài": "GovernmentBody",
    "Ủy ban về người VN ở nước ngoài": "GovernmentBody",
    "Hội Liên lạc với người Việt Nam ở nước ngoài": "Organization",
}

# Places (general knowledge): label -> (type, other forms).
PLACES: dict[str, tuple[str, tuple[str, ...]]] = {
    "TP.HCM": ("City", ("TPHCM", "TP. HCM", "TP HCM", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh",
                        "thành phố Hồ Chí Minh", "Tp.HCM", "Tp. HCM", "Tp HCM",
                        "TP. Hồ Chí Minh", "HCMC", "TP.Hồ Chí Minh")),
    "Hà Nội": ("City", ("TP Hà Nội", "thủ đô Hà Nội")),
    "Hải Phòng": ("City", ()),
    "Đà Nẵng": ("City", ()),
    "Cần Thơ": ("City", ()),
    "Huế": ("City", ()),
    "Bình Dương": ("Province", ()),
    "Đồng Nai": ("Province", ()),
    "Bà Rịa-Vũng Tàu": ("Province", ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu")),
    "Long An": ("Province", ()),
    "Tây Ninh": ("Province", ()),
    "Bình Phước": ("Province", ()),
    "Khánh Hòa": ("Province", ()),
    "Quảng Ninh": ("Province", ()),
    "Lâm Đồng": ("Province", ()),
    "Đồng Tháp": ("Province", ()),
    "An Giang": ("Province", ()),
    "Kiên Giang": ("Province", ()),
    "Nghệ An": ("Province", ()),
    "Thanh Hóa": ("Province", ()),
    "Bắc Ninh": ("Province", ()),
    "Hà Giang": ("Province", ()),
    "Hà Tĩnh": ("Province", ()),
    "Hà Nam": ("Province", ()),
    "Cao Bằng": ("Province", ()),
    "Lào Cai": ("Province", ()),
    # the other provinces of 2008-2025, by their usual names
    **{name: ("Province", ()) for name in (
        "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bến Tre", "Bình Định", "Bình Thuận", "Cà Mau",
        "Đắk Lắk", "Đắk Nông", "Điện Biên", "Gia Lai", "Hải Dương", "Hậu Giang", "Hòa Bình",
        "Hưng Yên", "Kon Tum", "Lai Châu", "Lạng Sơn", "Nam Định", "Ninh Bình", "Ninh Thuận",
        "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Trị",
        "Sóc Trăng", "Sơn La", "Thái Bình", "Thái Nguyên", "Thừa Thiên Huế", "Tiền Giang",
        "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái")},
    "Việt Nam": ("Country", ("CHXHCN Việt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Việt nam",
                             "Vietnam",
                             "Cộng hòa xã hội Chủ nghĩa Việt Nam",
                             "Cộng hòa Xã hội chủ nghĩa Việt Nam")),
    "Hoa Kỳ": ("Country", ("Mỹ",)),
    "Nhật Bản": ("Country", ()),
    "Hàn Quốc": ("Country", ()),
    "Trung Quốc": ("Country", ("CHND Trung Hoa", "Cộng hòa Nhân dân Trung Hoa",
                               "Cộng hòa nhân dân Trung Hoa")),
    "Australia": ("Country", ("Úc",)),
    "Cuba": ("Country", ()),
    "Lào": ("Country", ("CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào",
                        "Cộng hòa dân chủ nhân dân Lào")),
    "Campuchia": ("Country", ()),
    "Thái Lan": ("Country", ()),
    "Singapore": ("Country", ()),
    "Malaysia": ("Country", ()),
    "Indonesia": ("Country", ()),
    "Philippines": ("Country", ()),
    "Myanmar": ("Country", ()),
    "Ấn Độ": ("Country", ()),
    "Nga": ("Country", ("Liên bang Nga",)),
    "Pháp": ("Country", ()),
    "Đức": ("Country", ("Cộng hòa Liên bang Đức", "CHLB Đức")),
    "Anh": ("Country", ("Vương quốc Anh", "Anh Quốc")),
    "Italy": ("Country", ("Ý",)),
    "Tây Ban Nha": ("Country", ()),
    "Hà Lan": ("Country", ()),
    "Bỉ": ("Country", ()),
    "Thụy Sĩ": ("Country", ("Thụy Sỹ",)),
    "Thụy Điển": ("Country", ()),
    "Canada": ("Country", ("Canađa",)),
    "New Zealand": ("Country", ()),
    "Israel": ("Country", ()),
    "Brazil": ("Country", ("Bazil", "Braxin")),
    "Argentina": ("Country", ()),
    "Chile": ("Country", ()),
    "Mexico": ("Country", ()),
    "Venezuela": ("Country", ()),
    "Nam Phi": ("Country", ()),
    "Ai Cập": ("Country", ()),
    "Saudi Arabia": ("Country", ("Ả Rập Xê Út",)),
    "UAE": ("Country", ("Các Tiểu vương quốc Ả Rập Thống nhất",)),
    "Qatar": ("Country", ()),
    "Thổ Nhĩ Kỳ": ("Country", ()),
    "Ba Lan": ("Country", ()),
    "Hungary": ("Country", ()),
    "Séc": ("Country", ()),
    "Mông Cổ": ("Country", ()),
    "Bồ Đào Nha": ("Country", ()),
    "Áo": ("Country", ()),
    "Na Uy": ("Country", ()),
    "Đan Mạch": ("Country", ()),
    "Phần Lan": ("Country", ()),
    "Hy Lạp": ("Country", ()),
    "Ireland": ("Country", ()),
    "Romania": ("Country", ("Rumani",)),
    "Bulgaria": ("Country", ()),
    "Ukraine": ("Country", ("Ukraina",)),
    "Belarus": ("Country", ()),
    "Serbia": ("Country", ()),
    "Slovakia": ("Country", ()),
    "Kazakhstan": ("Country", ()),
    "Uzbekistan": ("Country", ()),
    "Iran": ("Country", ()),
    "Iraq": ("Country", ()),
    "Kuwait": ("Country", ()),
    "Oman": ("Country", ()),
    "Pakistan": ("Country", ()),
    "Bangladesh": ("Country", ()),
    "Sri Lanka": ("Country", ()),
    "Nepal": ("Country", ()),
    "Triều Tiên": ("Country", ()),
    "Brunei": ("Country", ()),
    "Timor-Leste": ("Country", ()),
    "Peru": ("Country", ()),
    "Colombia": ("Country", ()),
    "Nigeria": ("Country", ()),
    "Kenya": ("Country", ()),
    "Angola": ("Country", ()),
    "Mozambique": ("Country", ()),
    "Algeria": ("Country", ()),
    "Maroc": ("Country", ("Morocco",)),
    # the other countries, by the names Vietnamese news gives them (general knowledge)
    **{name: ("Country", ()) for name in (
        "Slovenia", "Croatia", "Estonia", "Latvia", "Litva", "Lithuania", "Luxembourg",
        "Palestine", "Syria", "Liban", "Lebanon", "Jordan", "Libya", "Tunisia", "Ethiopia",
        "Tanzania", "Uganda", "Ghana", "Senegal", "Zimbabwe", "Zambia", "Namibia",
        "Madagascar", "Cameroon", "Congo", "Sudan", "Afghanistan", "Azerbaijan", "Armenia",
        "Gruzia", "Georgia", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Bhutan", "Maldives",
        "Fiji", "Papua New Guinea", "Síp", "Cyprus", "Malta", "Iceland", "Albania", "Bosnia",
        "Montenegro", "Macedonia", "Moldova", "Ecuador", "Bolivia", "Paraguay", "Uruguay",
        "Panama", "Costa Rica", "Guatemala", "Honduras", "Nicaragua", "El Salvador",
        "Dominica", "Jamaica", "Haiti", "Bahrain", "Yemen", "Mauritius", "Seychelles", "Mali",
        "Niger", "Burkina Faso", "Guinea", "Benin", "Togo", "Rwanda", "Burundi", "Botswana",
        "Gabon", "Chad", "Eritrea", "Djibouti", "Somalia", "Sierra Leone", "Liberia",
        "Gambia", "Cape Verde", "Liechtenstein", "Monaco", "Vatican", "Tòa Thánh",
        "Bờ Biển Ngà", "Côte d'Ivoire", "Mauritania", "Samoa", "Tonga",
        "Vanuatu", "Palau", "Nauru", "Kiribati", "Tuvalu")},
    "Đài Loan": ("Region", ()),
    "Hồng Kông": ("Region", ()),
    "châu Âu": ("Region", ("Châu Âu",)),
    "châu Á": ("Region", ("Châu Á",)),
    "châu Phi": ("Region", ("Châu Phi",)),
    "châu Mỹ": ("Region", ("Châu Mỹ",)),
    "Đông Nam Á": ("Region", ()),
    "Thái Bình Dương": ("Region", ("châu Á - Thái Bình Dương",)),  # not Thái Bình + Dương
    "Ấn Độ Dương": ("Region", ()),
    "Tây Thái Bình Dương": ("Region", ()),  # the WHO's region
    "Cù Lao Chàm": ("Locality", ()),  # islands off Hội An (Cù is also a surname)
    "Mỹ Latinh": ("Region", ()),
    "Tokyo": ("City", ()),
    "Osaka": ("City", ()),
    "Seoul": ("City", ()),
    "Busan": ("City", ()),
    "Bắc Kinh": ("City", ()),
    "Thượng Hải": ("City", ()),
    "Nam Ninh": ("City", ()),  # Nanning, Quảng Tây's capital
    # China's provinces in their Sino-Vietnamese names (Hà Nam is also Vietnam's, above)
    **{name: ("Province", ()) for name in (
        "Vân Nam", "Quảng Tây", "Quảng Đông", "Giang Tô", "Chiết Giang", "Phúc Kiến",
        "Sơn Đông", "Hồ Nam", "Hồ Bắc", "Tứ Xuyên", "Hải Nam", "Hà Bắc", "An Huy", "Giang Tây",
        "Cát Lâm", "Liêu Ninh", "Hắc Long Giang", "Thiểm Tây", "Cam Túc", "Thanh Hải",
        "Quý Châu", "Nội Mông", "Tân Cương", "Tây Tạng", "Ninh Hạ")},
    "Trùng Khánh": ("City", ()),
    # Laos' provinces, as Vietnamese texts write them
    **{name: ("Province", ()) for name in (
        "Savannakhet", "Xavannakhet", "Luang Prabang", "Luông Pha Băng", "Xiêng Khoảng",
        "Hủa Phăn", "Bolikhamxay", "Bô Ly Khăm Xay", "Khammouane", "Khăm Muộn", "Salavan",
        "Sa La Van", "Sekong", "Xê Kông", "Attapeu", "Át Tạ Pư", "Oudomxay", "U Đôm Xay",
        "Phongsaly", "Phông Xa Lỳ", "Luang Namtha", "Bokeo", "Sayaboury", "Xay Nha Bu Ly",
        "Bo Ly Khăm Xay", "Bolikhamsai", "Phông Sa Lỳ", "Houaphanh",
        "Xiengkhouang", "Udomxay", "Luangprabang", "Champasak", "Chăm Pa Xắc")},
    # Cambodia's provinces, as Vietnamese texts write them
    **{name: ("Province", ()) for name in (
        "Takeo", "Prey Veng", "Svay Rieng", "Kampot", "Kandal", "Tbong Khmum", "Kampong Cham",
        "Kampong Thom", "Kampong Speu", "Kampong Chhnang", "Ratanakiri", "Mondulkiri",
        "Stung Treng", "Preah Vihear", "Banteay Meanchey", "Oddar Meanchey", "Pailin", "Kep",
        "Kratie", "Pursat", "Koh Kong", "Preah Sihanouk")},
    # cities abroad that Vietnamese missions and partners are in
    **{name: ("City", ()) for name in (
        "Đài Bắc", "Cao Hùng", "Vancouver", "Toronto", "Houston", "Chicago", "Frankfurt",
        "Munich", "Hamburg", "Vladivostok", "Fukuoka", "Sapporo", "Nagoya", "Pakse",
        "Khon Kaen", "Udon Thani", "Battambang", "Siem Reap", "Perth", "Brisbane",
        "Auckland", "Marseille", "Lyon", "Milan", "Rome")},
    "Hội An": ("City", ()),  # in Quảng Nam (not Hội + An)
    **{name: ("City", ()) for name in (  # China's cities in their Sino-Vietnamese names
        "Hàng Châu", "Thâm Quyến", "Nam Kinh", "Côn Minh", "Thành Đô", "Vũ Hán", "Hạ Môn",
        "Tô Châu", "Thanh Đảo", "Đại Liên", "Tây An")},
    # Vietnam's regions (Bắc Trung Bộ Việt Nam: not a ministry)
    **{name: ("Region", ()) for name in (
        "Bắc Trung Bộ", "Nam Trung Bộ", "Duyên hải Nam Trung Bộ", "Trung Bộ", "Bắc Bộ",
        "Nam Bộ", "Đông Nam Bộ", "Tây Nguyên", "Tây Bắc", "Đồng bằng sông Cửu Long",
        "Đồng bằng sông Hồng")},
    "châu Hồng Hà": ("Province", ("Châu Hồng Hà",)),  # Honghe, Vân Nam's prefecture at Lào Cai
    "Thiên Tân": ("City", ()),
    "Quảng Châu": ("City", ()),
    "Bangkok": ("City", ()),
    "Kuala Lumpur": ("City", ()),
    "Jakarta": ("City", ()),
    "Manila": ("City", ()),
    "Vientiane": ("City", ("Viêng Chăn",)),
    "Phnom Penh": ("City", ()),
    "Paris": ("City", ()),
    "London": ("City", ()),
    "Berlin": ("City", ()),
    "Moscow": ("City", ()),
    "New York": ("City", ()),
    "San Francisco": ("City", ()),
    "Los Angeles": ("City", ()),
    "Washington": ("City", ()),
    "Sydney": ("City", ()),
    "Melbourne": ("City", ()),
    "Havana": ("City", ("La Habana",)),
    "Saint Petersburg": ("City", ("St. Petersburg", "St Petersburg")),
}

# Vietnamese surnames: a capitalised run after a title starts a person's name at one.
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lâm Mai "
    "Trương Đoàn Tô Cao Lương Hà Tạ Châu Thái Quách Kiều Lưu Triệu Đào Phùng Hứa Tăng La "
    "Từ Lục Khúc Đàm Chu Thân Vương Tôn Văn Giang Lò Mạc Ông Quan Nghiêm Âu Doãn Diệp "
    "Trịnh Lại Tống Khổng Cù Ninh Bạch Thạch Hầu Giáp Khương Hàn Lã Nông Bế Trình Đậu Mẫn "
    "Viên Phí Thiều Ung Đồng Uông Bành Lữ Lạc Đầu".split()
)

# Given names that are also words kept out of names (Thành ủy, Anh the country): inside a
# name after its surname they are names (Nguyễn Thành Phong, Vương Thị Lan Anh).
GIVEN_NAMES_THAT_ARE_WORDS = frozenset(
    "Anh Thành Năm Đồng Song Hiện Nghị Nguyên Đại Đoàn Quyền".split())  # Nguyễn Quốc Đoàn,
# Nguyễn Mạnh Quyền
# ... but not where they begin a word of two: Nghị quyết, Thành phố.
NOT_GIVEN_NAME_COMPOUNDS = frozenset(
    "Nghị quyết|Nghị định|Nghị sĩ|Đồng chí|Đồng thời|Hiện nay|Song song|Năm nay|"
    "Đại hội|Đại biểu|Đại diện|Đại học|Đại sứ|Đại lý|Đại dương|Đại lộ|Đại tướng|Đại tá|"
    "Đại úy|Đại lễ|Đại đoàn|Đại gia|Đại chúng|Đoàn đại|Đoàn Đại|Đoàn công|Đoàn cán|Đoàn thanh|"
    "Đoàn Thanh|Đoàn TNCS|Đoàn doanh|Đoàn nghệ|Đoàn chuyên|Đoàn khách|Đoàn tàu|Đoàn sinh|"
    "Đoàn học|Đoàn kiểm|Đoàn giám|Đoàn ĐBQH|Đoàn viên|Đoàn xe|Đoàn Ca|Đoàn Hợp|Đoàn Nghệ|"
    "Đoàn Tùy|Đoàn tùy|Đoàn y|Đoàn bác|Đoàn văn|Đoàn quân|Đoàn lãnh|Đoàn thể".split("|")
)

# Lower-case words before a person's name that make it the name of something else:
# "đường Nguyễn Thị Minh Khai" is a street, "tư tưởng Hồ Chí Minh" a doctrine.
NAMED_AFTER_PEOPLE = frozenset(
    "đường|phố|trường|phường|xã|quận|huyện|cầu|chợ|giải|giải thưởng|quỹ|lăng|tượng|đài|"
    "bảo tàng|nhà|di tích|tư tưởng|tàu|sân|bến|hẻm|ngõ|công viên|khu|quảng trường|"
    "học bổng|huân chương|tên|lưu niệm".split("|")
)

# First words of places that take two words (``bang New Jersey``, ``tỉnh Gyeongsang Bắc``
# has its second): a place before a foreign name keeps them together.
TWO_WORD_PLACE_STARTS = frozenset("New San Santa Los Las Saint St Sankt Port Porto Puerto Rio "
                                  "Buenos "
                                  "Kuala Phnom Hà Thượng Nam Bắc Tây Đông".split())
TWO_WORD_PLACE_ENDS = frozenset("Nam Bắc Tây Đông Trung".split())

# Capitalised words that begin sentences or captions, never names.
NOT_NAME_WORDS = frozenset(
    "Ảnh Theo Trong Tại Với Từ Khi Sau Trước Đây Điều Những Các Cùng Và Ông Bà Anh Chị "
    "Thưa Phóng Ngày Tháng Năm Đồng Song Tuy Nhưng Nếu Để Hay Về Đầu Cuối Hiện Dù Vì Do "
    "TP Thành Phó Quyền Nguyên Tỉnh Huyện Quận Xã Phường Đoàn Đại Hội Lễ Chương Dự Nghị".split()
)

# Lowercase words that never continue an organisation's name.
FUNCTION_WORDS = frozenset(
    "và của với tại cho là đã đang sẽ được bị có không này đó các những một để từ theo về ở thuộc "
    "trong ngoài trên dưới khi như cùng nhằm hay hoặc thì mà nên vào ra lên đến tới do vì "
    "đồng thời cũng vẫn rất nhiều ông bà chị anh hội kiến tiếp thăm dự tham quan phát biểu gồm "
    "chủ trì làm việc gặp gỡ khẳng định cho biết nhấn mạnh đánh giá trao đổi còn".split()
) - {"hội", "phát", "biểu", "làm", "việc", "đánh", "giá", "trao", "đổi", "biết", "thời",
     "mạnh", "định", "gỡ", "trì", "quan", "đồng"}  # Đảng Sức mạnh quốc dân, Nhi đồng: second
# syllables of the verbs above, only ever in a name on their own
# Function words that belong to a name after the word before them (that word -> them):
# đầu tư nước ngoài (foreign), Cục Hàng không (aviation), công nghệ thông tin (information
# technology), Liên hiệp Các tổ chức (organisations, not "organise").
NAME_WORDS_AFTER: dict[str, frozenset[str]] = {
    "ngoài": frozenset({"nước"}), "không": frozenset({"Hàng", "hàng"}),
    "thông": frozenset({"nghệ"}), "tổ": frozenset({"các", "Các"}),
    "do": frozenset({"tự", "Tự"}),  # Khu kinh tế tự do: free, not "by"
}
# Fields written as two verbs with a comma between, inside a body's name: Ban Chỉ đạo Phòng,
# chống tham nhũng; Cục Quản lý Khám, chữa bệnh.
COMMA_PAIRED_VERBS = {"phòng": "chống", "khám": "chữa"}
# Verbs of two words that end a name: "phát biểu", "cho biết" (their first word alone,
# "phát triển", "đổi mới", may belong to the name).
FUNCTION_PHRASES = frozenset(
    "hội kiến|hội đàm|phát biểu|làm việc|đánh giá|trao đổi|cho biết|cho rằng|"
    "đề xuất|góp ý|đề nghị|kiến nghị|chia sẻ|tổ chức|phối hợp|tiếp nhận|dẫn đầu|ký kết|"
    "thông tin|cảm ơn|tham dự|trực tuyến|chủ trì|khai mạc|bế mạc|nói riêng|nói chung|"
    "làm trưởng|nhiệm kỳ|ban hành|đồng thời|chúc mừng|đầu tiên|nhấn mạnh|khẳng định|gặp gỡ|"
    "tham quan|thay mặt|mong muốn|bày tỏ|hy vọng|tiếp tục|nhân dịp|hướng dẫn|đồng ý|"
    "trị giá".split("|")
)

VIETNAMESE_STOPWORDS = frozenset(
    "và của là các những có được với trong cho đã không này người một để từ theo về "
    "tại khi nhiều đến cũng như sẽ đang năm ngày".split()
)
