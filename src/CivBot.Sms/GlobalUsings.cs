global using CivBot.Core.Privacy;
