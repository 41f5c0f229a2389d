// First names and their gender, fitted by tools/fit-first-names.ts on news articles (PolNeAR train, BBC): do not edit by hand.
// Used to tell whether "he" or "she" can refer to a person; a name missing here is simply unknown.

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Abdulhadi Abid Abraham Adam Adan Addis Adel Adil Adlai Adolf Adolph Adriaan Adrian Ahmed Aiden ' +
  'Akhil Akif Al Alain Alan Alastair Albert Aldo Alejandro Alessandro Alex Alfonso Alfred Allan ' +
  'Alton Amancio Amir Anders Andre Andrean Andrew Andy Angel Anthony Antjuan Antonin Antonio Arash ' +
  'Archie Ari Aris Arjen Arlen Armin Arnie Arthur Arturo Asa Atul Aung Aurelien Austan Ayman Bain ' +
  'Baptist Barack Barney Barry Beau Ben Benali Benito Benjamin Benny Bernard Bernie Bilal Bill ' +
  'Billy Bobby Boris Boyd Brad Braden Brandon Brendan Brent Bret Brett Brian Bruce Bryan Buddy ' +
  'Byron Calvin Camden Carey Carl Carlo Carlos Cassius Cedar Chaka Channing Charles Charlie ' +
  'Chauncey Chris Christoph Christophe Christopher Christos Chuck Cisco Clarence Claude Clint Clive ' +
  'Colin Corey Corinthian Cornel Cornell Cory Cosmo Craig Cristiano Curt Cyril Dai Dale Dalton Dan ' +
  'Dane Daniel Danny Dante Daron Darran Darrell Darryl Dave David Declan Denis Dennis Derek Deval ' +
  'Deven Devin Dewayne Dexter Dick Didier Dimitri Dino Dmitri Dmytro Dominic Don Donald Doug ' +
  'Douglas Dudley Duncan Dustin Dwayne Dwight Dylan Earl Ed Eddie Edgar Edison Edward Edwin Eli ' +
  'Elijah Elvis Emil Emmanuel Emperor Enrique Eric Erick Erik Erlan Ernie Erven Essex Eugene Evan ' +
  'Evin Fabien Fareed Fathi Faycal Federico Felipe Felix Ferdinand Fergus Fernando Fidel Filippo ' +
  'Finlay Fox Francois Freddie Frederic Frederick Fulgencio Gabriel Gael Gareth Garrett Garry Garth ' +
  'Gary Gavin Gene Geoffrey George Gerald Geraldo Gerard Gerry Gideon Giovanni Glen Glenn Gonzalo ' +
  'Gordon Graeme Grant Greg Gregory Guido Guillermo Gus Gustav Gustavo Hakeem Hama Hamid Han Hank ' +
  'Hany Harlan Harmon Harold Harry Helmut Herbert Herman Herschel Herve Hicham Hilton Hiro Holger ' +
  'Hosni Howard Hristo Hubert Hugh Hyde Ian Igor Ilya Imanol Ingvar Ira Irfan Iron Irving Irwin ' +
  'Isaac Isaias Ivan Ja Jack Jacob Jaime Jake Jamal James Jared Jarek Jason Javier Jay Jeb Jeet ' +
  'Jeff Jeffery Jeffrey Jemal Jeremie Jeremy Jermaine Jerry Jesse Jim Jimi Jimmy Joachim Joan Jody ' +
  'Joe Joel Johann John Johnny Jon Jonah Jonathan Jonny Jordi Jorg Jorge Jose Joseph Josh Joshua ' +
  'Juan Judd Julian Julien Junot Jurgen Justin Kanye Karim Kaveh Keith Ken Kenneth Kevin Kieran ' +
  'Kieron Koji Konstantin Kostas Kurt Lake Lamar Lance Laquan Larry Laszlo Laurence Laurent ' +
  'Lawrence Lee Leo Leon Leonard Leonardo Leonid Liam Lionel Lleyton Lloyd Lowell Luay Lucio ' +
  'Ludovico Luis Luiz Luke Luther Lyle Lynden Lyndon Mac Mahamat Mahmoud Malcolm Manny Manuel Marat ' +
  'Marc Marcel Marco Mariano Mario Marius Mark Markus Marlon Marshall Marty Marvin Massimo Matei ' +
  'Mathew Mathieu Matt Matteo Matthew Maurice Max Mel Menachem Merle Merrick Michael Mick Mickey ' +
  'Mike Mikhail Millard Milovan Mitch Mitt Mohamed Mohammed Monte Montel Montgomery Morton Mostafa ' +
  'Muhammad Mujtaba Nachman Nate Nathan Nathanial Neal Neil Nestor Nicholas Nicky Nicolas Nidal ' +
  'Nigel Noam Nobel Nomar Norbert Norman Norvell Novak Oak Oleg Oliver Olivier Omar Orin Owen Paras ' +
  'Parker Pascal Patrick Paul Pete Peter Petr Phil Philip Philippe Pierre Prescott Quincy Rabah ' +
  'Rafael Raffaello Rahm Rainer Rakeem Ralf Ralph Ramadan Ramil Rand Randy Raphael Rashad Raul Ravi ' +
  'Ray Raynard Recep Renaud Rex Rexford Rhys Richard Rick Ricky Rio Rob Robbie Robby Robert Roberto ' +
  'Rodrigo Roger Rohit Roman Ron Ronald Royal Rudolph Rudy Rupert Saddam Sadiq Saeed Sahil Sajid ' +
  'Salah Sam Sammy Samuel Sander Saul Scot Sebastian Sepp Sergei Sergey Serhiy Seth Shane Shaun ' +
  'Sheldon Sherrod Silvio Simon Sonny Spike Stan Steffen Stephen Steve Steven Stonewall Stuart ' +
  'Supreme Syed Tad Tamerlan Tamir Tarik Tayyip Ted Teddy Tel Terrence Terry Theodor Theodore ' +
  'Thierry Thom Thomas Thorne Tiger Tim Titan Tom Tommy Tony Travis Trayvon Trent Trevor Trey Troy ' +
  'Ty Tyrone Van Vander Vicente Victor Vigo Vikram Viktor Vin Vince Vincent Vladimir Volker Walt ' +
  'Walter Warner Wassim Wayne Wes Wesley Whit William Willie Winston Witold Wolfgang Woodrow Woody ' +
  'Xabi Xavier Yaakov Yasser Yury Zach Zachary Zeke Zephyr Zubair').split(' '));

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set((
  'Abby Ada Adelle Alice Alicia Alison Alixandria Alyssa Amanda Amber Amelia Andi Andrea Angela ' +
  'Angie Ann Anna Annamaria Anne Annette Annie Ashley Audrey Baby Barbara Becky Betsey Betty ' +
  'Beverly Billie Birgit Bonnie Bree Brenda Brianne Bridget Brittney Caitlyn Candace Candice Carla ' +
  'Carol Carole Caroline Carrie Cate Catherine Cathy Cecelia Cecile Cecilia Chapel Charlene Chelsea ' +
  'Cheryl Christina Christyn Cindy Claira Claire Clara Clare Claudia Colleen Connie Coral Courtney ' +
  'Cynthia Daily Danai Danielle Daytona Debbie Debby Deja Delta Dena Denise Diana Diane Dianne Dina ' +
  'Divine Dolores Donna Doris Dorothy Dottie Drea Dylann Edith Eileen El Elaine Eleanor Elena Elise ' +
  'Elizabeth Ellen Emma Emmy Erin Eva Faiza Farhana Felicia Frances Gabby Gabriela Gabrielle Galia ' +
  'Gemma Gilda Gillian Gina Gisela Gladys Gloria Gracie Gwen Haile Hala Hallie Harriet Hasmik ' +
  'Hayati Hazel Heather Heidi Helen Hilary Hillary Hua Ileana Ilia Ilyse Iman Ina Indra Inez Irene ' +
  'Iris Ivanka Jamie Jana Jane Janelle Jayne Jeanne Jenna Jennifer Jessica Jill Jillian Johanna ' +
  'Jomana Joni Joumana Joy Juanita Judy Julia Juliana Julianne Julie Justine Kara Karen Kari Karlee ' +
  'Kate Katerina Katharine Katherine Kathy Katie Katrina Kelli Kelsey Kendal Kiki Kimberley ' +
  'Kimberly Kirsten Kristan Kristen Kylie Lacy Lael Lakeisha Langley Lauren Laurie Laurin Lauryn Le ' +
  'Lesley Leslie Letitia Libby Lily Linda Lindsay Linh Liz Lois Lolita Lorella Loretta Lori Louella ' +
  'Louisa Loyola Luciana Lucille Lucy Madeleine Madeline Maggie Marcia Margaret Margo Mari Maria ' +
  'Mariam Marie Marina Maritza Marja Marlene Marley Marlys Marsha Martha Martina Marwa Mary Maryam ' +
  'Mattie Maureen Maya Mayra Mazie Meenakshi Meg Megan Melanie Melba Melissa Merry Mi Mia Michele ' +
  'Michelle Mindy Misha Mollie Mona Monika Monique Morgan Myra Nadia Nancy Nargis Natalie Natasha ' +
  'Nathalie Naureen Neela Neema Nicola Nicole Nihad Nilla Nina Nita Noemi Norma Nouha Nova Olivia ' +
  'Oneida Opal Paige Paloma Pamela Patricia Patti Patty Pearl Penny Phyllis Polly Rachel Randi ' +
  'Raquel Rebecca Reem Reese Reham Renee Rhonda Riley Rita Roberta Robin Robyn Rosario Rosette ' +
  'Roxana Ruth Sahar Salma Samantha Sandra Sara Sarah Scarlett Serena Sheila Shelley Shi Shirley ' +
  'Shonda Sierra Simone Sky Sonia Sri Stacy Stefany Stephanie Susan Susana Susanne Suzanne Sylke ' +
  'Tamara Tammy Tara Teal Teresa Terrie Theresa Tina Tory Tracee Tulsi Twilight Valerie Vanessa ' +
  'Venus Vero Vivica Waverley Waverly Wendy Yang Yasmeen Yelena Yulia Yvanna Yvette Zara Zeynep Zoe').split(' '));
