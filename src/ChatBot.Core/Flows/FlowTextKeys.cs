namespace ChatBot.Core.Flows;

/// <summary>The texts of the flow engine; the knowledge loader requires each in ru and kk.</summary>
public static class FlowTextKeys
{
    public const string ButtonBack = "flow_button_back";
    public const string ButtonCancel = "flow_button_cancel";
    public const string ButtonSkip = "flow_button_skip";
    public const string ButtonDone = "flow_button_done";
    public const string Cancelled = "flow_cancelled";
    public const string AlreadyDone = "flow_already_done";
    public const string VersionChanged = "flow_version_changed";
    public const string Gone = "flow_gone";
    public const string Resumed = "flow_resumed";
    public const string BackToStep = "flow_back_to_step";
    public const string FirstStep = "flow_first_step";
    public const string DeclinedConsent = "flow_declined_consent";
    public const string InvalidChoice = "flow_invalid_choice";
    public const string InvalidMulti = "flow_invalid_multi";
    public const string TooMany = "flow_too_many";
    public const string NoneSelected = "flow_none_selected";
    public const string InvalidScale = "flow_invalid_scale";
    public const string InvalidNumber = "flow_invalid_number";
    public const string TextTooShort = "flow_text_too_short";
    public const string TextTooLong = "flow_text_too_long";
    public const string TextPattern = "flow_text_pattern";
    public const string InvalidPhone = "flow_invalid_phone";
    public const string InvalidEmail = "flow_invalid_email";
    public const string IinLength = "flow_iin_length";
    public const string IinChecksum = "flow_iin_checksum";
    public const string BinLength = "flow_bin_length";
    public const string BinChecksum = "flow_bin_checksum";
    public const string InvalidDate = "flow_invalid_date";
    public const string InvalidYesNo = "flow_invalid_yes_no";
    public const string Selected = "flow_selected";
    public const string KnownReview = "flow_known_review";
    public const string ButtonKnownUse = "flow_button_known_use";
    public const string ButtonKnownChange = "flow_button_known_change";
    public const string ButtonKeep = "flow_button_keep";
    public const string DeclinedConfirm = "flow_declined_confirm";
    public const string NotGiven = "flow_not_given";
    public const string FilesReceived = "flow_files_received";
    public const string FileExpected = "flow_file_expected";
    public const string FileNotAsked = "flow_file_not_asked";
    public const string FileTooBig = "flow_file_too_big";
    public const string FileTooMany = "flow_file_too_many";
    public const string FileTooMuchInAll = "flow_file_too_much_in_all";
    public const string FileFailed = "flow_file_failed";
    public const string FilesNotHere = "flow_files_not_here";
    public const string FileOutsideForm = "flow_file_outside_form";

    public static readonly IReadOnlyList<string> Required =
    [
        ButtonBack, ButtonCancel, ButtonSkip, ButtonDone, Cancelled, AlreadyDone, VersionChanged, Gone, Resumed,
        BackToStep, FirstStep, DeclinedConsent, InvalidChoice, InvalidMulti, TooMany, NoneSelected, InvalidScale,
        InvalidNumber, TextTooShort, TextTooLong, TextPattern, InvalidPhone, InvalidEmail, IinLength, IinChecksum,
        BinLength, BinChecksum, InvalidDate, InvalidYesNo, Selected,
        KnownReview, ButtonKnownUse, ButtonKnownChange, ButtonKeep, DeclinedConfirm, NotGiven,
        FilesReceived, FileExpected, FileNotAsked, FileTooBig, FileTooMany, FileTooMuchInAll, FileFailed, FilesNotHere, FileOutsideForm,
    ];
}
