package ua.strichka.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;
import ua.strichka.text.Tokens;

class SectionClassifierTest {
  static final SectionClassifier BUNDLED = SectionClassifier.bundled();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uk | Динамо обіграло Шахтар у матчі чемпіонату | Нападник забив гол, тренер похвалив команду. | sport",
        "uk | Нацбанк зберіг облікову ставку | Інфляція сповільнилася, курс гривні стабільний, банки знизили кредити. | economy",
        "uk | У театрі відбулася прем'єра вистави | Режисерка розповіла про акторів, глядачі аплодували. | culture",
        "uk | Росія атакувала Харків ракетами і дронами | Сили ППО збили шахеди, на фронті тривають бої. | war",
        "ru | Сборная выиграла матч отбора чемпионата мира | Нападающий забил два гола, тренер доволен игрой. | sport",
        "ru | Курс доллара и инфляция: банк сохранил ставку | Экономисты ожидают роста цен, бюджет и налоги. | economy",
        "ru | Ученые открыли новую планету у далекой звезды | Астрономы использовали телескоп, исследование опубликовано. | science-health",
        "en | Apple unveils new iPhone with AI features | The smartphone maker showed software, chips and apps for developers. | technology",
        "en | Band announces world tour after new album | The singer said the concert tickets and the music video are out. | culture",
        "en | Parliament passes bill after opposition walkout | Lawmakers voted, the president will sign the law, the minister said. | politics",
      })
  void obviousArticlesInEachLanguage(String lang, String title, String text, String section) {
    SectionClassifier.Prediction p = BUNDLED.classify(title, text, Language.ofCode(lang));
    assertThat(p.section().slug()).isEqualTo(section);
    assertThat(p.confidence()).isBetween(0.0, 1.0);
    assertThat(p.labelled()).isFalse();
  }

  /** Recipes and advertorials are filed under society, as the corpus files them (session 9). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Сирники, як у бабусі: простий рецепт до сніданку | Змішайте сир, яйце й трохи борошна, обсмажте на сковороді до золотистої скоринки і подавайте зі сметаною. | society",
        // prices pulled it to economy before the lexicon's line of such pages' words
        "Короп з ринку: ціна за кілограм упала, час запекти рибу | Рецепт простий: риба, лимон, спеції. Запікайте в духовці до готовності, подавайте з гарніром. | society",
        "Нові вікна без переплат: знижки до 25% до кінця місяця | Салон запрошує на безкоштовну консультацію та замір, замовлення можна оформити телефоном, гарантія десять років. | society",
      })
  void recipesAndAdvertorialsAreSociety(String title, String text, String section) {
    assertThat(BUNDLED.classify(title, text, Language.UK).section().slug()).isEqualTo(section);
  }

  /** The same vocabulary of state and elections; who acts decides (sampleweb CORPUS.md). */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uk | У Словенії обрали нову президентку | Колишня суддя перемогла у другому турі виборів, парламент Словенії привітав її. | world",
        "uk | Верховна Рада ухвалила закон про вибори | Нардепи проголосували, Зеленський підпише закон, фракція «Слуга народу» підтримала. | politics",
        "uk | Норвегія виділить 180 млн євро на енергетику України | Уряд Норвегії оголосив новий пакет допомоги, гроші підуть через фонд. | world",
        "ru | В Словении избрали нового президента | Бывшая судья победила во втором туре выборов, парламент Словении поздравил ее. | world",
        "ru | Верховная Рада приняла закон о выборах | Нардепы проголосовали, Зеленский подпишет закон, фракция поддержала. | politics",
        "en | Slovenia elects a new president | A former judge won the runoff, and Slovenia's parliament congratulated her. | world",
        "en | Verkhovna Rada passes election law | Ukrainian lawmakers voted and Zelensky will sign the bill. | politics",
      })
  void whoActsTellsWorldFromPolitics(String lang, String title, String text, String section) {
    assertThat(BUNDLED.classify(title, text, Language.ofCode(lang)).section().slug())
        .isEqualTo(section);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uk | Посли Норвегії та Польщі",
        "ru | Послы Норвегии и Польши",
        "en | The ambassadors of Norway and Poland",
      })
  void aForeignActorIsACueInUkrainianOnly(String lang, String text) {
    var features = SectionFeatures.of("", text, Language.ofCode(lang));
    if (lang.equals("uk")) {
      assertThat(features).containsEntry("@foreign", 2).doesNotContainKey("@ukraine-state");
    } else {
      // in real ru/en news foreign states are home or where a company is: no who-acts cue
      assertThat(features.keySet()).noneMatch(f -> f.startsWith("@"));
    }
  }

  /** Foreign and Ukrainian actors in one text: the one named more keeps its lead, nothing else. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "uk | Сибіга провів у Варшаві переговори з послами Польщі та Німеччини | @foreign | 2",
        "uk | Зеленський і Сибіга зустрілися з послом Польщі | @ukraine-state | 1",
        "uk | Зеленський зустрівся з послом Польщі | none | 0",
        "ru | Зеленский и Сибига встретились с послом Польши | none | 0",
        "en | Sybiha met the ambassadors of Poland and Germany in Warsaw | none | 0",
        "en | Zelensky met the ambassador of Poland | none | 0",
      })
  void theActorNamedMoreKeepsItsLeadAlone(String lang, String text, String cue, int lead) {
    var features = SectionFeatures.of("", text, Language.ofCode(lang));
    assertThat(features.keySet().stream().filter(f -> f.startsWith("@")).toList())
        .isEqualTo(cue.equals("none") ? List.of() : List.of(cue));
    if (lead > 0) assertThat(features).containsEntry(cue, lead);
  }

  @Test
  void neighbouringWordsMakePairsAcrossFunctionWords() {
    assertThat(SectionFeatures.of("", "Уряди Німеччини та Польщі", Language.UK))
        .containsEntry("уряд німеччина", 1)
        .containsEntry("німеччина польща", 1)
        .containsEntry("уряд", 1)
        .doesNotContainKey("німеччина та");
    assertThat(SectionFeatures.of("Пакет санкцій", "", Language.UK))
        .containsEntry("пакет санкція", SectionFeatures.TITLE_WEIGHT);
  }

  @Test
  void theOutletsLabelDecidesOverTheWords() {
    SectionClassifier.Prediction p =
        BUNDLED.decide(
            "Динамо обіграло Шахтар", "Гол у матчі.", Language.UK, Optional.of(Section.ECONOMY));
    assertThat(p).isEqualTo(new SectionClassifier.Prediction(Section.ECONOMY, 1.0, true));
    assertThat(
            BUNDLED
                .decide("Динамо обіграло Шахтар", "Гол у матчі.", Language.UK, Optional.empty())
                .section())
        .isEqualTo(Section.SPORT);
  }

  @Test
  void tokensGivenOrNotTheDecisionIsTheSame() {
    String text = "Рятувальники ДСНС ліквідували пожежу на складі, постраждалих немає.";
    assertThat(BUNDLED.classify("Пожежа в Одесі", Tokens.of(text), Language.UK))
        .isEqualTo(BUNDLED.classify("Пожежа в Одесі", text, Language.UK));
  }

  @Test
  void emptyAndWordlessTextsStillGetASection() {
    assertThat(BUNDLED.classify("", "", Language.UK).section()).isNotNull();
    assertThat(BUNDLED.classify("!!! 123 ...", "—", Language.OTHER).section()).isNotNull();
  }

  @Test
  void aTrainedModelSurvivesItsTextForm() {
    SectionClassifier trained =
        SectionClassifier.train(
            List.of(
                new SectionClassifier.Example(
                    "Футбол", "Матч і гол, тренер і команда.", Language.UK, Section.SPORT),
                new SectionClassifier.Example(
                    "Бюджет", "Податки, ціни і банки.", Language.UK, Section.ECONOMY)));
    SectionClassifier read = SectionClassifier.read(trained.serialise());
    assertThat(read.serialise()).isEqualTo(trained.serialise());
    assertThat(read.classify("Гол у матчі", "Команда перемогла.", Language.UK).section())
        .isEqualTo(Section.SPORT);
  }

  @Test
  void sectionsKnowTheirContestCategoryAndSlug() {
    assertThat(Section.SCIENCE_HEALTH.contestCategory()).isEqualTo("science");
    assertThat(Section.bySlug(" Science-Health ")).contains(Section.SCIENCE_HEALTH);
  }

  /**
   * Ukrainian training texts count twice, Russian and English ones once (session 10: the Ukrainian
   * texts carry a section's words to new events better than the corpus's articles; ru/en weight 2
   * had cost on real news).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"uk, 2", "ru, 1", "en, 1"})
  void ukrainianTrainingTextsWeighMoreThanRussianAndEnglishOnes(String lang, int weight) {
    assertThat(SectionClassifier.textWeight(Language.ofCode(lang))).isEqualTo(weight);
  }
}
