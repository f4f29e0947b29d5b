#!/usr/bin/env python3
"""Writes the extraction fixtures: pages/NAME.html + pages/NAME.json (expected title, date, authors,
body). Each page imitates the markup habits of one kind of real news site (CMS, country, era), written
for this project; the article texts come from the project's own sample-web corpus (Apache-2.0).
Run from this folder: python3 make_pages.py"""
import json, re, html, yaml, glob, os

CORPUS = "../../../main/resources/sampleweb/corpus"
arts = {}
for f in sorted(glob.glob(CORPUS + "/*.yaml")):
    for a in yaml.safe_load(open(f, encoding="utf-8")):
        arts[a["id"]] = a
def plain(s): return re.sub(r"\[([^\]]+)\]\((?:PER|ORG|LOC):[^)]+\)", r"\1", s).strip()
by_lang = {"uk": [], "ru": [], "en": []}
for a in arts.values():
    if a.get("news") and not a.get("repostOf"):
        by_lang[a["language"]].append(a)
pick = {"uk": iter(by_lang["uk"][::3]), "ru": iter(by_lang["ru"]), "en": iter(by_lang["en"])}
def article(lang):
    a = next(pick[lang])
    paras = [plain(a["lead"])] + [plain(p) for p in a["body"].strip().split("\n\n")]
    return plain(a["title"]), paras, a.get("authors") or []
E = html.escape
def ps(paras, tag="p", cls=""):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<{tag}{c}>{E(p)}</{tag}>" for p in paras)
NAV_UK = """<header class="site-header"><div class="logo"><a href="/">{site}</a></div>
<nav class="main-menu"><ul><li><a href="/politics/">Політика</a></li><li><a href="/economy/">Економіка</a></li>
<li><a href="/society/">Суспільство</a></li><li><a href="/world/">Світ</a></li><li><a href="/sport/">Спорт</a></li>
<li><a href="/culture/">Культура</a></li></ul></nav><div class="search"><form><input type="text" name="q"></form></div></header>"""
SIDEBAR_UK = """<aside class="sidebar"><div class="widget popular"><h3 class="widget-title">Популярне</h3><ul>
<li><a href="/a1">У Києві відкрили новий міст через Дніпро після трьох років будівництва</a></li>
<li><a href="/a2">Нацбанк залишив облікову ставку без змін: що це означає для гривні</a></li>
<li><a href="/a3">Синоптики попередили про різке похолодання в західних областях</a></li>
<li><a href="/a4">Збірна України з футболу оголосила склад на відбіркові матчі</a></li></ul></div>
<div class="widget banner"><a href="/ads"><img src="/b.jpg" alt="реклама"></a></div></aside>"""
FOOTER_UK = """<footer class="site-footer"><p>© 2025 {site}. Усі права захищені. Використання матеріалів дозволяється
за умови посилання на сайт.</p><ul><li><a href="/about">Про нас</a></li><li><a href="/contacts">Контакти</a></li>
<li><a href="/reklama">Реклама</a></li></ul></footer>"""
RELATED_UK = """<div class="related-news"><h3>Читайте також</h3><ul>
<li><a href="/r1">Уряд затвердив нову програму підтримки ветеранів</a></li>
<li><a href="/r2">У Львові презентували оновлений план розвитку міста</a></li>
<li><a href="/r3">Експерти оцінили наслідки рішення для малого бізнесу</a></li></ul></div>"""
COMMENTS_UK = """<section id="comments" class="comments-area"><h3>Коментарі (3)</h3>
<div class="comment"><b>Олег</b><p>Дуже важлива новина, дякую редакції за оперативність, але хотілося б більше подробиць, коли саме все це запрацює і хто за це відповідатиме.</p></div>
<div class="comment"><b>Марина</b><p>А що буде з тими, хто не встиг подати документи вчасно? Про це ні слова, як завжди, і питання залишається відкритим для тисяч людей.</p></div>
<div class="comment"><b>Гість</b><p>Нарешті хоч якісь зміни, подивимося, як воно буде на практиці, бо обіцянок ми чули вже багато.</p></div></section>"""

pages = {}
KOI8_SAFE = str.maketrans({"’": "'", "«": '"', "»": '"', "—": "-", "–": "-", "…": "...", "“": '"', "”": '"', "№": "N"})
def page(name, url, title, date, authors, body, html_text, encoding="utf-8"):
    if encoding == "koi8-u":  # KOI8-U has no typographic quotes, dashes or apostrophes
        title, body, html_text = title.translate(KOI8_SAFE), [x.translate(KOI8_SAFE) for x in body], html_text.translate(KOI8_SAFE)
    pages[name] = dict(url=url, title=title, datePublished=date, authors=authors,
                       articleBody="\n\n".join(body), html=html_text, encoding=encoding)

# 1. WordPress regional (Yoast @graph, sharedaddy, jetpack related, comments)
t, b, au = article("uk")
page("wp-regional", "https://vechirnij-kyiv.example/2025/04/09/nichna-ataka/", t, "2025-04-09T07:03:00+03:00", au[:1], b, f"""<!DOCTYPE html>
<html lang="uk-UA"><head><meta charset="UTF-8"><title>{E(t)} - Новини Київ</title>
<meta property="og:locale" content="uk_UA"><meta property="og:type" content="article">
<meta property="og:title" content="{E(t)} - Новини Київ"><meta property="og:site_name" content="Вечірній Київ">
<meta property="article:published_time" content="2025-04-09T04:03:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[
{{"@type":"Article","@id":"https://vechirnij-kyiv.example/2025/04/09/nichna-ataka/#article","isPartOf":{{"@id":"https://vechirnij-kyiv.example/2025/04/09/nichna-ataka/"}},
"author":{{"@id":"https://vechirnij-kyiv.example/#/schema/person/1"}},"headline":{json.dumps(t, ensure_ascii=False)},"datePublished":"2025-04-09T04:03:00+00:00",
"dateModified":"2025-04-09T05:10:00+00:00","articleSection":["Київ"],"inLanguage":"uk"}},
{{"@type":"WebPage","@id":"https://vechirnij-kyiv.example/2025/04/09/nichna-ataka/","name":"{E(t)} - Новини Київ"}},
{{"@type":"Person","@id":"https://vechirnij-kyiv.example/#/schema/person/1","name":{json.dumps(au[0] if au else "Редакція", ensure_ascii=False)}}}]}}</script>
<link rel="stylesheet" href="/wp-content/themes/news/style.css"></head>
<body class="post-template-default single single-post">{NAV_UK.format(site="Вечірній Київ")}
<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4521" class="post-4521 post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{E(t)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-04-09T07:03:00+03:00">09.04.2025</time></span>
<span class="byline">Автор: <span class="author vcard"><a class="url fn n" href="/author/1/">{E(au[0]) if au else ""}</a></span></span></div></header>
<div class="entry-content">
{ps(b[:3])}
<p><strong>Читайте також: <a href="/2025/04/08/other/">Уночі над областю збили 12 дронів</a></strong></p>
{ps(b[3:])}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Поділитися:</h3><ul><li><a href="#fb">Facebook</a></li><li><a href="#tg">Telegram</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Схожі записи</h3><div class="jp-relatedposts-items"><p><a href="/x">У столиці оновили графіки відключень світла на тиждень</a></p></div></div>
</div><footer class="entry-footer"><span class="cat-links">Рубрика: <a href="/category/kyiv/">Київ</a></span> <span class="tags-links">Теги: <a href="/tag/ataka/">атака</a></span></footer></article>
{COMMENTS_UK}</main></div>{SIDEBAR_UK}</div>{FOOTER_UK.format(site="Вечірній Київ")}</div></body></html>""")

# 2. Drupal 7, Dublin Core, no JSON-LD, date in visible text
t, b, au = article("uk")
page("drupal-oblast", "https://oblrada-news.example/node/18234", t, "2025-03-29T10:15:00+02:00", au, b, f"""<!DOCTYPE html>
<html lang="uk" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="dc.title" content="{E(t)}"><meta name="dc.date" content="2025-03-29T10:15:00+02:00">
<meta name="description" content="{E(b[0][:150])}">
<title>{E(t)} | Обласні новини</title></head>
<body class="html not-front page-node node-type-article"><div id="page-wrapper"><div id="header"><div id="logo"><a href="/">Обласні новини</a></div>
<div id="main-menu" class="navigation"><ul class="menu"><li><a href="/news">Новини</a></li><li><a href="/region">Регіон</a></li><li><a href="/contacts">Контакти</a></li></ul></div></div>
<div id="breadcrumb"><div class="breadcrumb"><a href="/">Головна</a> » <a href="/news/society">Суспільство</a> » {E(t)}</div></div>
<div id="main"><div id="content" class="column"><h1 class="title" id="page-title">{E(t)}</h1>
<div id="node-18234" class="node node-article node-promoted clearfix"><div class="submitted"><span class="date-display-single">29.03.2025 - 10:15</span></div>
<div class="content"><div class="field field-name-field-author"><div class="field-items"><div class="field-item even">{E(", ".join(au))}</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{ps(b)}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference"><div class="field-label">Теги:&nbsp;</div><div class="field-items"><div class="field-item"><a href="/tags/oblast">область</a></div></div></div></div>
<ul class="links inline"><li class="statistics_counter"><span>Переглядів: 1532</span></li></ul></div></div>
<div id="sidebar-second" class="column sidebar"><div class="block block-views"><h2>Останні новини</h2><div class="view-content">
<div class="views-row"><a href="/node/1">Депутати обласної ради ухвалили бюджет розвитку громад на наступний рік</a></div>
<div class="views-row"><a href="/node/2">На трасі між містами триває ремонт, рух обмежено до кінця місяця</a></div>
<div class="views-row"><a href="/node/3">Обласна лікарня отримала нове обладнання для діагностики</a></div></div></div></div></div>
<div id="footer"><p>Обласні новини, 2009–2025. Передрук лише з дозволу редакції.</p></div></div></body></html>""")

# 3. Bitrix, Russian, windows-1251, <br><br> paragraphs, visible date only
t, b, au = article("ru")
page("bitrix-ru-cp1251", "https://odessa-vesti.example/news/society/15432/", t, "2025-04-02T18:40:00+03:00", [], b, f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{E(t)} / Новости Одессы</title><meta name="keywords" content="новости, Одесса"></head>
<body><div class="wrapper"><div class="header"><a href="/" class="logo">Одесские Вести</a><ul class="top-menu"><li><a href="/news/">Новости</a></li><li><a href="/afisha/">Афиша</a></li></ul></div>
<div class="workarea"><div class="news-detail"><span class="news-date-time">2 апреля 2025 г., 18:40</span>
<h3>{E(t)}</h3>
<div class="detail_text">{"<br><br>".join(E(p) for p in b)}<br>
</div><div style="clear:both"></div><br><div class="news-detail-share"><a href="#vk">ВКонтакте</a> <a href="#fb">Facebook</a></div>
<p><a href="/news/">Возврат к списку</a></p></div>
<div class="right-col"><div class="popular-list"><div class="title">Популярное</div>
<a href="/news/1/">В Одессе на Дерибасовской открылась новая выставка современного искусства</a><br>
<a href="/news/2/">Синоптики обещают жаркие выходные на побережье и в области</a><br></div></div></div>
<div class="footer">© 2008–2025 Одесские Вести. Все права защищены.</div></div></body></html>""", encoding="windows-1251")

# 4. Next.js + JSON-LD, hashed class names
t, b, au = article("uk")
page("nextjs-national", "https://novyny-dnia.example/uk/news/2025/04/05/vidnovlennia", t, "2025-04-05T12:30:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charSet="utf-8"/><title>{E(t)} | Новини дня</title>
<meta name="description" content="{E(b[0])}"/><meta property="og:title" content="{E(t)}"/><meta property="og:type" content="article"/>
<meta property="og:image" content="https://cdn.novyny-dnia.example/img/2025/04/main.jpg"/>
<script type="application/ld+json">{json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":t,"datePublished":"2025-04-05T09:30:00.000Z","dateModified":"2025-04-05T10:00:00.000Z","author":[{"@type":"Person","name":n,"url":"https://novyny-dnia.example/authors/"+str(i)} for i,n in enumerate(au)],"publisher":{"@type":"NewsMediaOrganization","name":"Новини дня","logo":{"@type":"ImageObject","url":"https://novyny-dnia.example/logo.png"}},"image":[{"@type":"ImageObject","url":"https://cdn.novyny-dnia.example/img/2025/04/main.jpg","width":1200}],"articleSection":"Суспільство","inLanguage":"uk-UA"}, ensure_ascii=False)}</script></head>
<body><div id="__next"><div class="Layout_wrap__x8Q2a"><header class="Header_root__3Fh1k"><a href="/uk">Новини дня</a><div class="Header_menu__Kq2"><a href="/uk/politics">Політика</a><a href="/uk/economy">Економіка</a></div></header>
<main class="Page_main__p9Zq1"><div class="ArticleHead_box__aa12"><div class="ArticleHead_rubric__7Tz"><a href="/uk/society">Суспільство</a></div><h1 class="ArticleHead_title__Zk3">{E(t)}</h1>
<div class="ArticleHead_info__m1"><span>5 квітня 2025, 12:30</span><span>{E(", ".join(au))}</span></div></div>
<div class="ArticleBody_body__Q7w2e">{"".join(f'<div class="ArticleBody_p__1xZ">{E(p)}</div>' for p in b[:2])}
<div class="AdSlot_ad__4kq"><span>Реклама</span></div>{"".join(f'<div class="ArticleBody_p__1xZ">{E(p)}</div>' for p in b[2:])}</div>
<div class="Subscribe_box__9a"><p>Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини</p></div>
<div class="MoreNews_list__h3"><h2>Більше новин</h2><a href="/uk/news/1"><h3>Кабмін змінив порядок виплат для внутрішньо переміщених осіб</h3></a><a href="/uk/news/2"><h3>Укрзалізниця призначила додаткові поїзди на свята</h3></a></div></main>
<footer class="Footer_root__1"><p>© Новини дня, 2025</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":99812}}}}}}</script></body></html>""")

# 5. AMP page
t, b, au = article("uk")
page("amp-page", "https://zhytomyr-info.example/amp/news/2025/03/30/remont", t, "2025-03-30T21:05:00+03:00", au, b, f"""<!doctype html><html ⚡ lang="uk"><head><meta charset="utf-8"><title>{E(t)} — Житомир.інфо</title>
<link rel="canonical" href="https://zhytomyr-info.example/news/2025/03/30/remont"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{{font-family:sans-serif}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle","mainEntityOfPage":"https://zhytomyr-info.example/news/2025/03/30/remont","headline":{json.dumps(t, ensure_ascii=False)},"datePublished":"2025-03-30T21:05:00+03:00","author":{{"@type":"Person","name":{json.dumps(", ".join(au) if au else "", ensure_ascii=False)}}},"publisher":{{"@type":"Organization","name":"Житомир.інфо"}},}}</script></head>
<body><header class="amp-header"><a href="/">Житомир.інфо</a></header><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news">Новини</a></li></ul></amp-sidebar>
<article class="amp-article"><h1 class="amp-title">{E(t)}</h1><div class="amp-meta"><time datetime="2025-03-30T21:05:00+03:00">30 березня 2025, 21:05</time></div>
<amp-img src="/img/remont.jpg" width="800" height="450" layout="responsive"></amp-img><div class="amp-caption">Фото: Житомир.інфо</div>
<div class="amp-article-content">{ps(b[:2])}<amp-ad width="300" height="250" type="adsense"></amp-ad>{ps(b[2:])}</div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="telegram"></amp-social-share></article>
<footer class="amp-footer"><p>© Житомир.інфо 2025</p></footer></body></html>""")

# 6. Old table layout, windows-1251 via http-equiv, font tags, <br><br>
t, b, au = article("uk")
page("table-layout-1251", "http://www.kraj-gazeta.example/news.php?id=7712", t, "2025-03-15T09:20:00+02:00", [], b, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>Крайова газета :: {E(t)}</title></head>
<body bgcolor="#ffffff"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/img/logo.gif"><br><font size="1"><a href="/">Головна</a> | <a href="/news.php">Новини</a> | <a href="/arch.php">Архів</a> | <a href="/contacts.php">Контакти</a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#eeeeee"><font size="2"><b>Рубрики</b><br><a href="/news.php?r=1">Політика</a><br><a href="/news.php?r=2">Економіка</a><br><a href="/news.php?r=3">Культура</a><br><a href="/news.php?r=4">Спорт</a><br><br><b>Опитування</b><br>Чи задоволені ви роботою транспорту?<br><a href="/poll.php?a=1">Так</a> <a href="/poll.php?a=2">Ні</a></font></td>
<td valign="top"><font face="Verdana" size="2"><font color="#999999">15.03.2025 09:20</font><br><b><font size="4">{E(t)}</font></b><br><br>
{"<br><br>".join(E(p) for p in b)}<br><br><a href="/news.php">« Назад до новин</a></font></td></tr>
<tr><td colspan="2" align="center"><font size="1">© 2003-2025 Крайова газета. Усі права захищено.</font></td></tr></table></body></html>""", encoding="windows-1251")

# 7. English wire-style outlet, JSON-LD author list, figure, "Read also"
t, b, au = article("en")
page("en-independent", "https://kyiv-herald.example/news/2025/04/07/talks-resume", t, "2025-04-07T16:45:00+03:00", au, b, f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(t)} | The Kyiv Herald</title>
<meta property="og:title" content="{E(t)}"><meta property="og:site_name" content="The Kyiv Herald"><meta property="article:published_time" content="2025-04-07T13:45:00Z">
<meta name="author" content="{E(" and ".join(au))}"><meta property="article:section" content="Ukraine"></head>
<body><div class="site-nav"><a href="/">The Kyiv Herald</a><ul><li><a href="/ukraine">Ukraine</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul><a class="btn-support" href="/membership">Support us</a></div>
<div class="container"><div class="post"><div class="post__category"><a href="/ukraine">Ukraine</a></div><h1 class="post__title">{E(t)}</h1>
<div class="post__byline">by {" and ".join(f'<a href="/author/{i}">{E(n)}</a>' for i,n in enumerate(au))} · <span class="post__date">April 7, 2025 4:45 PM</span></div>
<figure class="post__image"><img src="/images/talks.jpg" alt=""><figcaption>Delegations meet in Geneva. (Photo: Herald staff)</figcaption></figure>
<div class="post__content">{ps(b[:2])}<p class="read-also"><b>Read also:</b> <a href="/news/x">Sanctions package stalls in Brussels</a></p>{ps(b[2:])}</div>
<div class="post__tags"><a href="/tag/diplomacy">Diplomacy</a><a href="/tag/war">War</a></div>
<div class="newsletter-signup"><h3>Get our daily briefing</h3><p>Sign up for the morning newsletter with the most important news from Ukraine, delivered every weekday.</p><input type="email"><button>Subscribe</button></div></div>
<div class="sidebar-latest"><h4>Latest</h4><a href="/n1">Energy minister outlines winter preparations for the grid</a><a href="/n2">Kharkiv reopens metro station damaged in strike</a></div></div>
<footer><p>© 2025 The Kyiv Herald. All rights reserved.</p></footer></body></html>""")

# 8. National outlet with inline «Читайте також» teasers, title "X | Українська правда"-style suffix
t, b, au = article("uk")
page("national-post-text", "https://pravda-ukr.example/news/2025/04/09/7506123/", t, "2025-04-09T14:12:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} | Українська правдива</title>
<meta property="og:title" content="{E(t)}"><meta property="og:site_name" content="Українська правдива"><meta name="description" content="{E(b[0][:120])}...">
<meta property="article:published_time" content="2025-04-09T14:12:00+03:00"></head>
<body><div class="layout"><div class="top_menu"><a href="/">УП</a><a href="/news/">Новини</a><a href="/articles/">Статті</a><a href="/columns/">Колонки</a></div>
<div class="container_main"><div class="block_post"><h1 class="post_title">{E(t)}</h1><div class="post_time">Середа, 9 квітня 2025, 14:12</div>
<div class="post_author"><span>{E(", ".join(au))}</span></div><div class="post_text">
{ps(b[:2])}<p><strong>Читайте також: <a href="/news/2025/04/09/7506100/">Рютте: НАТО готове посилити ППО України</a></strong></p>
{ps(b[2:-1])}<div class="post_news__related"><a href="/r">Що відомо про нові правила для перевізників</a></div>{ps(b[-1:])}
<p><em>Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.</em></p></div>
<div class="post_tags"><span>Теги:</span> <a href="/tags/1">уряд</a></div></div>
<div class="article_comments"><div class="comments-title">Коментарі</div></div></div>
<div class="section_news_list"><div class="article_news"><div class="article_time">14:05</div><div class="article_title"><a href="/n1">Ворог атакував Сумщину: пошкоджено лінію електропередач</a></div></div>
<div class="article_news"><div class="article_time">13:50</div><div class="article_title"><a href="/n2">Парламент підтримав законопроєкт про енергоефективність</a></div></div></div>
<div class="footer"><p>Українська правдива, 2000-2025. Використання матеріалів можливе за умови посилання.</p></div></div></body></html>""")

# 9. UNIAN-like, broken JSON-LD (trailing comma, raw newline), "| УНІАН" suffix
t, b, au = article("uk")
ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": %s, "datePublished": "2025-04-03T08:55:00+03:00", "author": {"@type": "Person", "name": %s,}, "publisher": {"@type": "Organization", "name": "УНІАН-Інфо",}, "description": "%s\n%s",}' % (json.dumps(t, ensure_ascii=False), json.dumps(au[0] if au else "Редакція", ensure_ascii=False), "Опис", "новини")
page("unian-broken-jsonld", "https://unian-info.example/society/novyny-13088221.html", t, "2025-04-03T08:55:00+03:00", au[:1], b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} | УНІАН</title>
<script type="application/ld+json">{ld}</script></head><body><div class="header"><a class="logo" href="/">УНІАН</a><div class="nav-menu"><a href="/politics">Політика</a><a href="/economics">Економіка</a></div></div>
<div class="article"><h1>{E(t)}</h1><div class="article__info"><div class="article__info-item time">08:55, 03.04.2025</div><a class="article__author-name" href="/authors/1">{E(au[0]) if au else ""}</a></div>
<div class="article-text">{ps(b[:3])}<div class="nts-video-wrapper"><div class="read-also-slider"><span>Вас також можуть зацікавити новини:</span><a href="/n1">Мобілізація: що змінилося з 1 квітня</a><a href="/n2">Курс долара: прогноз на тиждень</a></div></div>
{ps(b[3:])}<p>Вас також можуть зацікавити новини:</p><ul><li><a href="/n3">Ціни на пальне: що буде у квітні</a></li><li><a href="/n4">Погода на вихідні: синоптики попередили про дощі</a></li></ul></div>
<div class="article__tags"><a href="/tag/1">Україна</a></div></div><div class="footer">УНІАН © 1993-2025</div></body></html>""")

# 10. Russian outlet with HTML-escaped JSON-LD, subscribe prompts, ad blocks
t, b, au = article("ru")
ld = html.escape(json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":t,"datePublished":"2025-03-25T19:20:00+02:00","author":[{"@type":"Person","name":n} for n in au]}, ensure_ascii=False))
page("ru-escaped-jsonld", "https://strana-news.example/news/480111-kiev.html", t, "2025-03-25T19:20:00+02:00", au, b, f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{E(t)} - Страна новостей</title>
<script type="application/ld+json">{ld}</script><meta property="og:site_name" content="Страна новостей"></head>
<body><div id="header"><a href="/">Страна новостей</a><div class="menu"><a href="/news">Новости</a><a href="/articles">Статьи</a></div></div>
<div class="article-page"><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/politics">Политика</a></div><h1 class="article-title">{E(t)}</h1><div class="article-date">25 марта 2025, 19:20</div>
<div id="article-body">{ps(b[:2])}<div class="adv adv-in-text"><div id="adfox_123"></div></div><p class="subscribe-text">Подписывайтесь на наш Telegram-канал, чтобы быть в курсе главных новостей.</p>
{ps(b[2:])}</div><div class="article-source">Источник: Страна новостей</div>
<div class="smi2-widget"><a href="/x">Шокирующие подробности: что нашли в квартире чиновника</a></div></div>
<div id="footer">© 2025 Страна новостей</div></body></html>""")

# 11. Repost with «Джерело: …» and a rates widget (like the project's example page)
t, b, au = article("uk")
page("repost-credit", "https://strichka-agg.example/article/4411", t, "2025-04-09T07:03:00+03:00", [], b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)}</title>
<meta property="og:title" content="{E(t)}"><meta property="og:type" content="article"></head>
<body><div class="topbar"><a href="/">Новини України</a> <a href="/section/politics">Політика</a> <a href="/section/war">Війна</a></div>
<div class="main"><div class="news-item"><h1>{E(t)}</h1><div class="date">09 квітня 2025 р. 07:03</div><div class="date-upd">09 квітня 2025 р. 07:03</div>
<div class="news-text">{ps(b)}</div><div class="news-title-bottom">{E(t)}</div>
<div class="source">Джерело: <a href="https://ua-independent.example/politics/1">ua-independent.com</a> (Політика)</div></div>
<div class="rates"><h4>Курси валют</h4><div>USD 41.20 / 41.55</div><div>EUR 45.10 / 45.60</div><div>Завантажуєм курси валют від minfin.com.ua</div></div></div></body></html>""")

# 12. Blogger / BlogPosting
t, b, au = article("uk")
page("blog-posting", "https://mandrivnyk-blog.example/2025/03/lviv-notes.html", t, "2025-03-20T11:00:00+02:00", au[:1], b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="UTF-8"><title>Нотатки мандрівника: {E(t)}</title>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"BlogPosting","headline":{json.dumps(t, ensure_ascii=False)},"datePublished":"2025-03-20T11:00:00+02:00","author":{{"@type":"Person","name":{json.dumps(au[0] if au else "", ensure_ascii=False)}}}}}</script></head>
<body class="variant-indie"><div class="header-outer"><div class="Header"><h2 class="title"><a href="/">Нотатки мандрівника</a></h2><p class="description">Блог про подорожі Україною</p></div></div>
<div class="main-outer"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>четвер, 20 березня 2025 р.</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">{E(t)}</h3><div class="post-header"></div>
<div class="post-body entry-content" id="post-body-1">{"<br /><br />".join(E(p) for p in b)}<div style="clear: both;"></div></div>
<div class="post-footer"><span class="post-author vcard">Автор: <span class="fn">{E(au[0]) if au else ""}</span></span> <span class="post-labels">Мітки: <a href="/search/label/Львів">Львів</a></span></div></div>
<div class="comments" id="comments"><h4>2 коментарі:</h4><div class="comment-block"><p>Чудовий допис, дякую! Наступного разу обов'язково зайду в цю кав'ярню, про яку ви писали минулого місяця.</p></div></div></div></div></div>
<div class="sidebar-container"><div class="widget BlogArchive"><h2>Архів блогу</h2><ul><li><a href="/2025/03/">березня</a></li><li><a href="/2025/02/">лютого</a></li></ul></div></div></div></body></html>""")

# 13. Microdata only
t, b, au = article("uk")
page("microdata-only", "https://podillia-news.example/suspilstvo/2025-04-01-zasidannia", t, "2025-04-01T15:30:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} — Поділля сьогодні</title></head>
<body><div class="page"><div class="head"><a href="/">Поділля сьогодні</a><ul class="nav"><li><a href="/suspilstvo">Суспільство</a></li><li><a href="/ekonomika">Економіка</a></li></ul></div>
<div itemscope itemtype="https://schema.org/NewsArticle" class="material"><h1 itemprop="headline">{E(t)}</h1>
<meta itemprop="datePublished" content="2025-04-01T15:30:00+03:00"><div class="material-info"><span class="material-date">1 квітня 2025, 15:30</span>
{"".join(f'<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{E(n)}</span></span> ' for n in au)}</div>
<div itemprop="articleBody" class="material-body">{ps(b)}</div></div>
<div class="more-materials"><h3>Інші матеріали</h3><ul><li><a href="/1">У Вінниці запустили новий маршрут тролейбуса</a></li><li><a href="/2">На Поділлі стартувала посівна кампанія</a></li></ul></div></div>
<div class="bottom">Поділля сьогодні © 2025</div></body></html>""")

# 14. Several JSON-LD scripts, array of types, @graph in second
t, b, au = article("uk")
page("multi-jsonld", "https://kharkiv-today.example/news/2025/04/06/metro", t, "2025-04-06T09:40:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} - Харків сьогодні</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebSite","name":"Харків сьогодні","url":"https://kharkiv-today.example/"}}</script>
<script type="application/ld+json">[{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Головна"}},{{"@type":"ListItem","position":2,"name":"Місто"}}]}},
{{"@context":"https://schema.org","@type":["NewsArticle","Article"],"headline":{json.dumps(t, ensure_ascii=False)},"datePublished":"2025-04-06T06:40:00Z","author":{json.dumps([{"@type":"Person","name":n} for n in au], ensure_ascii=False)},"image":"https://kharkiv-today.example/i/metro.jpg"}}]</script></head>
<body><div class="wrap"><header class="top"><a href="/">Харків сьогодні</a><nav><a href="/city">Місто</a><a href="/war">Війна</a></nav></header>
<div class="row"><div class="col-8"><div class="news-full"><h1>{E(t)}</h1><div class="news-full__meta">06.04.2025, 09:40 · {E(", ".join(au))}</div>
<div class="news-full__lead"><p>{E(b[0])}</p></div><div class="news-full__text">{ps(b[1:])}</div>
<div class="share-buttons"><a href="#">Facebook</a><a href="#">Telegram</a><a href="#">Viber</a></div></div></div>
<div class="col-4"><div class="last-news"><h3>Останні новини</h3><div><a href="/1">На Салтівці відновили тепло в усіх будинках після ремонту</a></div><div><a href="/2">Харківські рятувальники провели навчання в метро</a></div><div><a href="/3">У Харкові відкрили ще одну підземну школу</a></div></div></div></div></div></body></html>""")

# 15. React SPA: paragraphs are divs, no <p>
t, b, au = article("uk")
page("react-divs", "https://dnipro-live.example/news/12345-oblast", t, "2025-04-04T20:10:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)}</title>
<meta property="og:title" content="{E(t)}"><meta property="og:site_name" content="Дніпро Live"><meta property="article:published_time" content="2025-04-04T17:10:00.000Z">
<meta property="article:author" content="https://facebook.com/dniprolive"><meta name="author" content="{E(", ".join(au))}"></head>
<body><div id="root"><div class="sc-1a2b3c"><div class="sc-hdr"><a href="/">Дніпро Live</a></div>
<div class="sc-9f8e7d"><div class="sc-title"><span>{E(t)}</span></div><div class="sc-date">4 квітня 2025 • 20:10</div>
<div class="sc-content">{"".join(f'<div class="sc-par">{E(p)}</div>' for p in b)}</div></div>
<div class="sc-list"><div class="sc-item"><a href="/1">Мер Дніпра доповів про хід ремонту мостів</a></div><div class="sc-item"><a href="/2">У Дніпрі запрацювали нові пункти незламності</a></div></div></div></div></body></html>""")

# 16. Explainer with headings, list, table and quote
t, b, au = article("uk")
body = [b[0], "Що відомо", b[1], "Пункт перший: документи подають онлайн", "Пункт другий: строк розгляду — десять днів", b[2] if len(b) > 2 else "Кінець.", "Цифри", "Показник | Значення", "Заявок | 1200", "Схвалено | 950"] + b[3:]
page("explainer-structure", "https://ekonomika-plus.example/explainers/2025/04/08/pravyla", t, "2025-04-08T10:00:00+03:00", au, body, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} | Економіка+</title>
<meta property="og:title" content="{E(t)}"><meta property="article:published_time" content="2025-04-08T10:00:00+03:00"><meta property="og:type" content="article"><meta name="author" content="{E(", ".join(au))}"></head>
<body><div class="header"><a href="/">Економіка+</a></div><main><article class="explainer"><h1>{E(t)}</h1>
<div class="explainer__body"><p>{E(body[0])}</p><h2>{E(body[1])}</h2><p>{E(body[2])}</p><ul><li>{E(body[3])}</li><li>{E(body[4])}</li></ul>
<blockquote><p>{E(body[5])}</p></blockquote><h3>{E(body[6])}</h3><table><tr><th>Показник</th><th>Значення</th></tr><tr><td>Заявок</td><td>1200</td></tr><tr><td>Схвалено</td><td>950</td></tr></table>
{ps(body[10:])}</div></article></main><div class="footer-links"><a href="/about">Про нас</a> <a href="/privacy">Конфіденційність</a></div></body></html>""")

# 17. Lead under the headline, outside the text container
t, b, au = article("uk")
page("lead-outside", "https://lviv-portal.example/novyny/2025/04/02/vybory", t, "2025-04-02T13:25:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} - Львівський портал</title>
<meta name="description" content="{E(b[0])}"><meta property="og:description" content="{E(b[0])}"><meta property="article:published_time" content="2025-04-02T10:25:00Z"><meta property="og:site_name" content="Львівський портал"></head>
<body><div class="site"><div class="menu-top"><a href="/novyny">Новини</a><a href="/afisha">Афіша</a><a href="/robota">Робота</a></div>
<div class="article-wrap"><div class="article-header"><h1>{E(t)}</h1><div class="article-header__lead">{E(b[0])}</div><div class="article-header__meta">02.04.2025 13:25 | Автор: {E(", ".join(au))}</div></div>
<div class="article-photo"><img src="/p.jpg"><div class="photo-caption">Ілюстративне фото</div></div>
<div class="article-content">{ps(b[1:])}</div></div><div class="partners"><h4>Новини партнерів</h4><a href="/p1">Як заощадити на комуналці: п'ять простих кроків</a></div></div></body></html>""")

# 18. English BBC-like text blocks
t, b, au = article("en")
page("en-text-blocks", "https://world-service.example/news/world-europe-68812345", t, "2025-04-06T07:12:00+01:00", au, b, f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{E(t)} - World Service News</title>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://world-service.example/news/world-europe-68812345","headline":{json.dumps(t)},"datePublished":"2025-04-06T06:12:00.000Z","author":{json.dumps([{"@type":"Person","name":n} for n in au])},"publisher":{{"@type":"NewsMediaOrganization","name":"World Service News"}}}}</script></head>
<body><header><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header><div id="main-content"><article>
<header><h1 id="main-heading">{E(t)}</h1></header><div data-component="byline-block"><div><span>By {E(" & ".join(au))}</span></div></div>
<div data-component="timestamp-block"><time datetime="2025-04-06T06:12:00.000Z">6 April 2025</time></div>
{"".join(f'<div data-component="text-block"><p>{E(p)}</p></div>' for p in b[:2])}<div data-component="image-block"><figure><img src="/i.jpg"><figcaption>Getty Images</figcaption></figure></div>
{"".join(f'<div data-component="text-block"><p>{E(p)}</p></div>' for p in b[2:])}
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t1">Ukraine</a></li><li><a href="/t2">Europe</a></li></ul></div></article>
<section data-component="more-stories"><h2>More on this story</h2><a href="/s1"><h3>What we know about the ceasefire proposal</h3></a><a href="/s2"><h3>Analysis: why the talks matter</h3></a></section></div></body></html>""")

# 19. Relative date only ("2 години тому"), no metadata dates
t, b, au = article("uk")
page("relative-date", "https://rivne-now.example/news/77123", t, "2025-04-09T14:00:00+03:00", [], b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} | Рівне зараз</title></head>
<body><div class="navbar"><a href="/">Рівне зараз</a><a href="/news">Новини</a></div><div class="content-wrap"><div class="single-news">
<h1 class="single-news__title">{E(t)}</h1><div class="single-news__date">2 години тому</div><div class="single-news__text">{ps(b)}</div>
<div class="single-news__source">Фото: Рівне зараз</div></div><div class="feed"><div class="feed-item"><a href="/1">У Рівному ремонтують дорогу на вулиці Соборній</a><span>3 години тому</span></div>
<div class="feed-item"><a href="/2">На Рівненщині врятували рибалку, який провалився під лід</a><span>5 годин тому</span></div></div></div></body></html>""")

# 20. KOI8-U old page
t, b, au = article("uk")
page("koi8u-old", "http://ukrnet-archive.example/news/2025/0401.html", t, "2025-04-01T08:00:00+03:00", [], b, f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-u"><title>{E(t)}</title></head>
<body><center><a href="/">Головна</a> | <a href="/news/">Новини</a></center><hr><h2>{E(t)}</h2><i>01.04.2025 08:00</i><p>{"<p>".join(E(p) for p in b)}<hr><center><small>(c) 2025</small></center></body></html>""", encoding="koi8-u")

# 21. Long comments thread under a short article
t, b, au = article("uk")
many = "\n".join(f'<li class="comment"><div class="comment-author">Читач {i}</div><div class="comment-text"><p>Я вважаю, що це рішення давно назріло, але виконання, як завжди, кульгає: у нашому районі, наприклад, досі нічого не змінилося, хоча минуло вже пів року від обіцянок, і люди втомилися чекати.</p></div></li>' for i in range(12))
page("long-comments", "https://poltava-visti.example/2025/04/07/dorogy/", t, "2025-04-07T18:30:00+03:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} – Полтавські вісті</title><meta property="article:published_time" content="2025-04-07T18:30:00+03:00"><meta name="author" content="{E(", ".join(au))}"></head>
<body><div class="site-header"><a href="/">Полтавські вісті</a></div><div class="content"><div class="entry"><h1>{E(t)}</h1><div class="entry-content">{ps(b)}</div></div>
<div id="comments"><h3>Обговорення (12)</h3><ol class="commentlist">{many}</ol></div></div></body></html>""")

# 22. Gallery with captions and photo credits
t, b, au = article("uk")
page("gallery-captions", "https://chernihiv-media.example/news/2025/03/28/vidbudova", t, "2025-03-28T16:20:00+02:00", au, b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} | Чернігів медіа</title>
<meta property="og:title" content="{E(t)}"><meta property="article:published_time" content="2025-03-28T14:20:00Z"><meta name="author" content="{E(", ".join(au))}"></head>
<body><div class="header"><a href="/">Чернігів медіа</a></div><div class="article-page"><h1>{E(t)}</h1>
<div class="article-body">{ps(b[:2])}<div class="gallery"><div class="gallery-item"><img src="/g1.jpg"><p class="wp-caption-text">Відбудований будинок на вулиці Шевченка</p></div><div class="gallery-item"><img src="/g2.jpg"><p class="wp-caption-text">Фото: Олена Коваль</p></div><div class="gallery-item"><img src="/g3.jpg"></div></div>
{ps(b[2:])}<p>Фото: пресслужба міськради</p></div></div></body></html>""")

# 23. Opinion column with author bio box
t, b, au = article("uk")
page("opinion-column", "https://dumka-media.example/columns/2025/04/03/pro-reformy", t, "2025-04-03T11:45:00+03:00", au[:1], b, f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>{E(t)} | Думка</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":{json.dumps(t, ensure_ascii=False)},"datePublished":"2025-04-03T11:45:00+03:00","author":{{"@type":"Person","name":{json.dumps("Автор: " + (au[0] if au else ""), ensure_ascii=False)},"url":"https://dumka-media.example/authors/1"}}}}</script></head>
<body><div class="top"><a href="/">Думка</a></div><div class="column-page"><div class="author-box"><img src="/a.jpg"><div class="author-box__name">{E(au[0]) if au else ""}</div><div class="author-box__bio">Економіст, колишній заступник міністра, автор книжок про реформи державного управління та публічні фінанси в Україні.</div></div>
<h1>{E(t)}</h1><div class="column-text">{ps(b)}</div><div class="disclaimer"><p>Редакція може не поділяти думку автора колонки.</p></div></div></body></html>""")

# 24. Russian table-free old portal with <br> paragraphs inside div.text and inline «Читайте также»
t, b, au = article("ru")
page("ru-br-text", "https://harkov-gorod.example/news/2025-03-27-1.html", t, "2025-03-27T12:00:00+02:00", [], b, f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>{E(t)} :: Харьков Город</title></head>
<body><div id="top"><a href="/">Харьков Город</a> | <a href="/news/">Новости</a></div><div id="center"><div class="newsfull"><div class="newsdate">27.03.2025, 12:00</div><h1>{E(t)}</h1>
<div class="text">{E(b[0])}<br><br>{"<br><br>".join(E(p) for p in b[1:2])}<br><br><b>Читайте также:</b> <a href="/n1">В Харькове заработала новая линия трамвая</a><br><br>{"<br><br>".join(E(p) for p in b[2:])}</div></div></div>
<div id="right"><b>Новости</b><br><a href="/1">На Салтовке открыли новый сквер</a><br><a href="/2">Харьковчане жалуются на шум</a></div></body></html>""")

# 25. Ukrainian outlet English version with time-first date and "By" byline
t, b, au = article("en")
page("en-ukr-outlet", "https://ukrinform-like.example/rubric-polytics/3977001-talks.html", t, "2025-04-02T17:15:00+03:00", au[:1], b, f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(t)}</title>
<meta property="og:title" content="{E(t)}"><meta property="og:type" content="article"><meta property="og:site_name" content="National News Agency"></head>
<body><div class="header"><a href="/">National News Agency</a><div class="menu"><a href="/rubric-polytics">Politics</a><a href="/rubric-economy">Economy</a></div></div>
<div class="newsBlock"><article><h1 class="newsTitle">{E(t)}</h1><div class="newsMeta"><time>17:15, 02.04.2025</time></div>
<div class="newsText"><div class="newsHeading">{E(b[0])}</div>{ps(b[1:])}<p>By {E(au[0]) if au else ""}</p></div>
<div class="newsRead"><span>Read also:</span><a href="/n1">Foreign ministers discuss security guarantees</a></div></article></div></body></html>""")

os.makedirs("pages", exist_ok=True)
for name, p in pages.items():
    with open(f"pages/{name}.html", "wb") as f:
        f.write(p["html"].encode(p["encoding"], errors="strict"))
    meta = {k: p[k] for k in ("url", "title", "datePublished", "authors", "articleBody")}
    with open(f"pages/{name}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(len(pages), "pages")
