// First names and their gender, fitted by tools/fit-first-names.ts on news articles (PolNeAR train, BBC): do not edit by hand.
// Used to tell whether "he" or "she" can refer to a person; a name missing here is simply unknown.

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Abdulhadi Abid Abraham Adam Adan Addis Adel Adil Adlai Adolf Adolph Adriaan Adrian Ahmed Akhil ' +
  'Akif Al Alain Alan Alastair Albert Aldo Alejandro Alessandro Alex Alfonso Alfred Allan Alton ' +
  'Amancio Amir Andrean Andrew Andy Angel Anthony Antjuan Antonin Antonio Arash Archie Ari Aris ' +
  'Arlen Armin Arnie Arthur Arturo Asa Atul Aung Austan Ayman Bain Baptist Barack Barney Barry Beau ' +
  'Ben Benali Benito Benjamin Benny Bernard Bernie Bilal Bill Billy Bobby Boris Boyd Brad Braden ' +
  'Brandon Brendan Brent Bret Brett Brian Bruce Bryan Buddy Byron Calvin Carey Carl Carlo Carlos ' +
  'Cassius Cedar Channing Charles Charlie Chauncey Chris Christoph Christophe Christopher Chuck ' +
  'Cisco Clarence Claude Clint Clive Colin Corey Corinthian Cornel Cornell Cory Cosmo Craig Curt ' +
  'Cyril Dai Dale Dalton Dan Dane Daniel Danny Dante Daron Darran Darrell Darryl Dave David Denis ' +
  'Dennis Derek Deval Deven Devin Dewayne Dexter Dick Dino Dmitri Dmytro Dominic Don Donald Doug ' +
  'Douglas Duncan Dustin Dwight Dylan Earl Ed Eddie Edgar Edison Edward Edwin Eli Elijah Elvis ' +
  'Emmanuel Emperor Enrique Eric Erick Erik Erlan Ernie Erven Essex Eugene Evan Evin Fareed Faycal ' +
  'Federico Felipe Felix Ferdinand Fergus Fernando Fidel Filippo Fox Francois Freddie Frederic ' +
  'Frederick Fulgencio Gabriel Gael Gareth Garrett Garry Garth Gary Gavin Gene Geoffrey George ' +
  'Gerald Geraldo Gerard Gideon Giovanni Glen Glenn Gonzalo Gordon Graeme Grant Greg Gregory ' +
  'Guillermo Gus Gustav Hakeem Hama Hamid Han Hank Hany Harlan Harmon Harold Harry Helmut Herbert ' +
  'Herman Herschel Hilton Hiro Holger Hosni Howard Hubert Hugh Hyde Ian Igor Ilya Ingvar Ira Iron ' +
  'Irving Irwin Isaac Isaias Ivan Jack Jacob Jaime Jake Jamal James Jared Jason Javier Jay Jeb Jeet ' +
  'Jeff Jeffery Jeffrey Jemal Jeremy Jermaine Jerry Jesse Jim Jimmy Joan Joe Joel Johann John ' +
  'Johnny Jon Jonah Jonathan Jorge Jose Joseph Josh Joshua Juan Judd Julian Julien Junot Jurgen ' +
  'Justin Karim Kaveh Keith Ken Kenneth Kevin Kieran Koji Konstantin Kostas Kurt Lake Lamar Lance ' +
  'Larry Laszlo Laurence Laurent Lawrence Lee Leo Leon Leonard Leonid Liam Lionel Lloyd Luay Luis ' +
  'Luiz Luke Luther Lyle Lynden Lyndon Mac Mahamat Mahmoud Malcolm Manny Manuel Marc Marcel Marco ' +
  'Mariano Mario Marius Mark Markus Marlon Marshall Marty Marvin Massimo Matei Mathieu Matt Matteo ' +
  'Matthew Maurice Max Mel Menachem Merrick Michael Mick Mickey Mike Mikhail Millard Milovan Mitch ' +
  'Mitt Mohamed Mohammed Monte Montel Montgomery Morton Mostafa Muhammad Mujtaba Nachman Nate ' +
  'Nathan Nathanial Neal Neil Nicholas Nicky Nicolas Nidal Nigel Noam Nobel Norbert Norman Norvell ' +
  'Novak Oak Oleg Oliver Olivier Omar Orin Owen Paras Parker Pascal Patrick Paul Pete Peter Phil ' +
  'Philip Philippe Pierre Prescott Rafael Raffaello Rahm Rainer Rakeem Ralf Ralph Ramadan Ramil ' +
  'Rand Randy Raphael Rashad Raul Ravi Ray Raynard Recep Rex Rexford Rhys Richard Rick Ricky Rio ' +
  'Rob Robbie Robby Robert Rodrigo Roger Roman Ron Ronald Royal Rudolph Rudy Rupert Saddam Sadiq ' +
  'Saeed Sahil Sajid Sam Sammy Samuel Sander Saul Scot Sebastian Sepp Sergei Sergey Serhiy Seth ' +
  'Shane Sheldon Sherrod Simon Spike Stan Steffen Stephen Steve Steven Stonewall Stuart Supreme ' +
  'Syed Tad Tamerlan Tamir Tayyip Ted Teddy Tel Terry Theodor Theodore Thom Thomas Tiger Tim Titan ' +
  'Tom Tommy Tony Travis Trayvon Trent Trevor Trey Troy Ty Tyrone Van Vander Vicente Victor Vigo ' +
  'Vikram Viktor Vin Vince Vincent Vladimir Volker Walt Walter Warner Wassim Wayne Wes Wesley Whit ' +
  'William Willie Winston Witold Woodrow Woody Xavier Yaakov Zach Zachary Zeke Zephyr').split(' '));

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Abby Ada Adelle Alice Alicia Alison Alixandria Alyssa Amanda Amber Andrea Angela Angie Ann Anna ' +
  'Annamaria Anne Annette Annie Ashley Audrey Baby Barbara Becky Betsey Betty Beverly Billie Birgit ' +
  'Bonnie Bree Brenda Brianne Bridget Brittney Caitlyn Candace Candice Carla Carol Carole Caroline ' +
  'Carrie Catherine Cathy Cecelia Cecile Cecilia Chapel Charlene Chelsea Cheryl Christina Christyn ' +
  'Cindy Claira Clara Clare Claudia Colleen Connie Coral Courtney Cynthia Daily Danai Danielle ' +
  'Daytona Debbie Debby Deja Delta Dena Denise Diana Diane Dianne Dina Divine Dolores Donna Dorothy ' +
  'Dottie Drea Dylann Edith El Elaine Eleanor Elena Elise Elizabeth Ellen Emma Emmy Erin Eva Faiza ' +
  'Farhana Felicia Frances Gabby Gabriela Gabrielle Galia Gillian Gina Gisela Gladys Gloria Gracie ' +
  'Gwen Haile Hala Hallie Hasmik Hayati Hazel Heather Heidi Helen Hilary Hillary Hua Ilia Ilyse ' +
  'Iman Ina Indra Inez Irene Iris Ivanka Jamie Jane Janelle Jayne Jeanne Jenna Jennifer Jessica ' +
  'Jill Jillian Johanna Jomana Joni Joumana Joy Juanita Judy Julia Juliana Julianne Julie Kara ' +
  'Karen Kari Karlee Kate Katherine Kathy Katie Katrina Kelli Kelsey Kendal Kimberley Kimberly ' +
  'Kirsten Kristan Kristen Lacy Lael Lakeisha Langley Lauren Laurie Laurin Lauryn Le Lesley Leslie ' +
  'Libby Lily Linda Lindsay Linh Liz Lois Lolita Lorella Loretta Lori Louella Louisa Loyola Luciana ' +
  'Lucy Madeleine Madeline Maggie Marcia Margaret Margo Mari Maria Mariam Marina Maritza Marlene ' +
  'Marley Marlys Marsha Martha Marwa Mary Maryam Mattie Maureen Maya Mayra Mazie Meenakshi Meg ' +
  'Megan Melanie Melba Melissa Merry Mi Mia Michele Michelle Mindy Misha Mollie Mona Monika Monique ' +
  'Morgan Myra Nancy Nargis Natalie Naureen Neela Neema Nicole Nihad Nilla Nina Nita Noemi Norma ' +
  'Nouha Nova Olivia Oneida Opal Paige Paloma Pamela Patricia Patti Patty Pearl Penny Phyllis Polly ' +
  'Rachel Randi Raquel Rebecca Reem Reese Reham Renee Rhonda Riley Rita Roberta Robin Robyn Rosario ' +
  'Rosette Roxana Ruth Sahar Salma Samantha Sandra Sara Sarah Scarlett Sheila Shelley Shi Shonda ' +
  'Sierra Simone Sky Sonia Sri Stacy Stefany Stephanie Susan Susana Susanne Suzanne Sylke Tamara ' +
  'Tammy Tara Teal Teresa Terrie Theresa Tina Tory Tracee Tulsi Twilight Valerie Vanessa Vero ' +
  'Vivica Waverly Wendy Yang Yasmeen Yulia Yvanna Zeynep Zoe').split(' '));
