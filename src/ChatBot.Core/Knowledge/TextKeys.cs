namespace ChatBot.Core.Knowledge;

/// <summary>The text keys the engine uses; the loader checks that each exists in both languages.</summary>
public static class TextKeys
{
    public const string Greeting = "greeting";
    public const string MenuTitle = "menu_title";
    public const string Help = "help";
    public const string ThanksReply = "thanks_reply";
    public const string GoodbyeReply = "goodbye_reply";
    public const string Capabilities = "capabilities";
    public const string Fallback = "fallback";
    public const string Clarify = "clarify";
    public const string LanguageSwitched = "language_switched";
    public const string ChooseLanguage = "choose_language";
    public const string EnglishNote = "english_note";
    public const string CancelNothing = "cancel_nothing";
    public const string ForgetConfirmPrompt = "forget_confirm_prompt";
    public const string ForgetDone = "forget_done";
    public const string ForgetCancelled = "forget_cancelled";
    public const string SurveyUnavailable = "survey_unavailable";
    public const string EnrollmentUnavailable = "enrollment_unavailable";
    public const string ButtonOperator = "button_operator";
    public const string ButtonMenu = "button_menu";
    public const string ButtonYes = "button_yes";
    public const string ButtonNo = "button_no";
    public const string ButtonNoneOfThese = "button_none_of_these";
    public const string ButtonMore = "button_more";

    /// <summary>👍 and 👎 under an answer, and the thanks for pressing one (which asks nothing more).</summary>
    public const string ButtonRateUp = "button_rate_up";

    public const string ButtonRateDown = "button_rate_down";

    public const string RatingThanks = "rating_thanks";

    public const string RatingDownThanks = "rating_down_thanks";
    public const string UnsupportedMessage = "unsupported_message";
    public const string RelatedTitle = "related_title";
    public const string AsOf = "as_of";
    public const string CategoryPick = "category_pick";
    public const string CategoryPrefix = "category_";
    public const string GroupChatNote = "group_chat_note";
    public const string CommandPrefix = "command_";
    public const string HandoffQueued = "handoff_queued";

    /// <summary><see cref="HandoffQueued"/> with nobody ahead: "вы следующий" rather than "перед вами: 0".</summary>
    public const string HandoffQueuedNext = "handoff_queued_next";
    public const string HandoffOutsideHours = "handoff_outside_hours";
    public const string HandoffAfterMisunderstanding = "handoff_after_misunderstanding";
    public const string HandoffCancelled = "handoff_cancelled";
    public const string HandoffClaimed = "handoff_claimed";
    public const string HandoffReleased = "handoff_released";
    public const string HandoffClosed = "handoff_closed";
    public const string HandoffRating = "handoff_rating";
    public const string HandoffRatingThanks = "handoff_rating_thanks";
    public const string ButtonLeaveQueue = "button_leave_queue";
    public const string HandoffWaitingNote = "handoff_waiting_note";
    public const string HandoffWaitingNoteClosed = "handoff_waiting_note_closed";
    public const string HandoffWaitingShort = "handoff_waiting_short";
    public const string OutOfScope = "out_of_scope";
    public const string TopicsTitle = "topics_title";
    public const string ButtonTopics = "button_topics";
    public const string ButtonLanguage = "button_language";
    public const string MenuLineTopics = "menu_line_topics";
    public const string MenuLineTrainings = "menu_line_trainings";
    public const string MenuLineSurvey = "menu_line_survey";
    public const string MenuLineOperator = "menu_line_operator";
    public const string MenuLineLanguage = "menu_line_language";

    /// <summary>Telegram's "What can this bot do?" in an empty chat (up to 512 characters).</summary>
    public const string TelegramDescription = "telegram_description";

    /// <summary>Telegram's profile line and the text sent with a shared link to the bot (up to 120 characters).</summary>
    public const string TelegramShortDescription = "telegram_short_description";

    /// <summary>The commands of the Telegram command menu; each has a description under <see cref="CommandPrefix"/>.</summary>
    public static readonly IReadOnlyList<string> MenuCommands = ["start", "menu", "help", "lang", "operator", "cancel", "news", "forget"];

    public static readonly IReadOnlyList<string> Required =
    [
        Greeting, MenuTitle, Help, ThanksReply, GoodbyeReply, Capabilities, Fallback, Clarify, LanguageSwitched,
        ChooseLanguage, EnglishNote, CancelNothing, ForgetConfirmPrompt, ForgetDone,
        ForgetCancelled, SurveyUnavailable, EnrollmentUnavailable, ButtonOperator, ButtonMenu, ButtonYes, ButtonNo,
        ButtonNoneOfThese, ButtonMore, ButtonRateUp, ButtonRateDown, RatingThanks, RatingDownThanks, UnsupportedMessage, RelatedTitle, AsOf, CategoryPick,
        GroupChatNote, .. MenuCommands.Select(c => CommandPrefix + c),
        HandoffQueued, HandoffQueuedNext, HandoffOutsideHours, HandoffAfterMisunderstanding, HandoffCancelled, HandoffClaimed,
        HandoffReleased, HandoffClosed, HandoffRating, HandoffRatingThanks, ButtonLeaveQueue, HandoffWaitingNote, HandoffWaitingNoteClosed, HandoffWaitingShort,
        OutOfScope, TopicsTitle, ButtonTopics, ButtonLanguage, MenuLineTopics, MenuLineTrainings, MenuLineSurvey,
        MenuLineOperator, MenuLineLanguage, TelegramDescription, TelegramShortDescription,
    ];
}
