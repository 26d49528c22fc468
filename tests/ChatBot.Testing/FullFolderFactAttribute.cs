using Xunit;

namespace ChatBot.Testing;

/// <summary>A test on a <see cref="FullFolder"/>: reported skipped, never passed, where none can be made.</summary>
public sealed class FullFolderFactAttribute : FactAttribute
{
    public FullFolderFactAttribute()
    {
        if (FullFolder.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}
