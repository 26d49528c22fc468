return await ChatBot.Host.Cli.Verbs.RunAsync(args);
