namespace ChatBot.Core.Engine.Trainings;

/// <summary>The texts of finding, enrolling and cancelling in a conversation; the knowledge loader requires each in ru and kk.</summary>
public static class EnrollmentTextKeys
{
    public const string ListTitle = "enroll_list_title";
    public const string ListFiltered = "enroll_list_filtered";
    public const string ListEmpty = "enroll_list_empty";
    public const string ListEmptyFiltered = "enroll_list_empty_filtered";
    public const string TopicsTitle = "enroll_topics_title";
    public const string ButtonAll = "enroll_button_all";
    public const string ButtonTopics = "enroll_button_topics";
    public const string ButtonMine = "enroll_button_mine";
    public const string ButtonEnroll = "enroll_button_enroll";
    public const string ButtonWait = "enroll_button_wait";
    public const string ButtonTrainings = "enroll_button_trainings";
    public const string Details = "enroll_details";
    public const string WhereOnlineHidden = "enroll_where_online_hidden";
    public const string SeatsLeft = "enroll_seats_left";
    public const string SeatsNone = "enroll_seats_none";
    public const string StatusEnrolled = "enroll_status_enrolled";
    public const string StatusWaiting = "enroll_status_waiting";
    public const string LanguagePrefix = "enroll_language_";
    public const string FullOffer = "enroll_full_offer";
    public const string FullAfterForm = "enroll_full_after_form";
    public const string Closed = "enroll_closed";
    public const string NotFound = "enroll_not_found";
    public const string Confirmed = "enroll_confirmed";
    public const string Waiting = "enroll_waiting";
    public const string Already = "enroll_already";
    public const string AlreadyWaiting = "enroll_already_waiting";
    public const string MineTitle = "enroll_mine_title";
    public const string MineEmpty = "enroll_mine_empty";
    public const string MineWaitingMark = "enroll_mine_waiting_mark";
    public const string CancelConfirm = "enroll_cancel_confirm";
    public const string ButtonCancelYes = "enroll_button_cancel_yes";
    public const string ButtonCancelNo = "enroll_button_cancel_no";
    public const string Cancelled = "enroll_cancelled";
    public const string CancelTooLate = "enroll_cancel_too_late";
    public const string CancelAlready = "enroll_cancel_already";
    public const string CancelKept = "enroll_cancel_kept";
    public const string FeedbackThanks = "enroll_feedback_thanks";

    public static readonly IReadOnlyList<string> Required =
    [
        ListTitle, ListFiltered, ListEmpty, ListEmptyFiltered, TopicsTitle, ButtonAll, ButtonTopics, ButtonMine,
        ButtonEnroll, ButtonWait, ButtonTrainings, Details, WhereOnlineHidden, SeatsLeft, SeatsNone, StatusEnrolled,
        StatusWaiting, LanguagePrefix + "ru", LanguagePrefix + "kk", LanguagePrefix + "rukk", FullOffer, FullAfterForm,
        Closed, NotFound, Confirmed, Waiting, Already, AlreadyWaiting, MineTitle, MineEmpty, MineWaitingMark,
        CancelConfirm, ButtonCancelYes, ButtonCancelNo, Cancelled, CancelTooLate, CancelAlready, CancelKept, FeedbackThanks,
    ];
}
