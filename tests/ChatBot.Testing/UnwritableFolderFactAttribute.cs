using Xunit;

namespace ChatBot.Testing;

/// <summary>A test on an <see cref="UnwritableFolder"/>: reported skipped, never passed, where none can be made.</summary>
public sealed class UnwritableFolderFactAttribute : FactAttribute
{
    public UnwritableFolderFactAttribute()
    {
        if (UnwritableFolder.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}
