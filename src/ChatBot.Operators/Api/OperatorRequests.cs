namespace ChatBot.Operators.Api;

public sealed record LoginRequest(string? Login, string? Password);

public sealed record TextRequest(string? Text);

public sealed record TransferRequest(string? Login);

public sealed record AccountRequest(string? Login, string? Role, string? Password);

public sealed record PasswordRequest(string? Password);

public sealed record CannedRequest(string? Language, string? Title, string? Text);

public sealed record LanguageRequest(string? Language);

public sealed record AssignRequest(string? Login, string? Note);

public sealed record StatusRequest(string? Status, string? Note);

public sealed record ApplicationReplyRequest(string? Text, bool Asking);
